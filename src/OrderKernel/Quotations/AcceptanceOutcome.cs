namespace OrderKernel.Policies;

/// <summary>The acceptance decision's outcome (R9).</summary>
public enum AcceptanceOutcome
{
    /// <summary>Accept on the normal terms.</summary>
    Accept,

    /// <summary>Accept only with a surcharge and a longer lead time.</summary>
    AcceptWithTerms,

    /// <summary>Decline the order.</summary>
    Decline,
}
