namespace OrderKernel;

/// <summary>The state of a review round: the review sub-machine's states (see <see cref="ReviewLifecycle"/>).</summary>
public enum ReviewOutcome
{
    /// <summary>Waiting for sign-offs in the initial stage.</summary>
    InitialPending,

    /// <summary>Waiting for sign-offs in the detail stage.</summary>
    DetailPending,

    /// <summary>Every required department approved.</summary>
    Passed,

    /// <summary>A department rejected.</summary>
    Rejected,
}
