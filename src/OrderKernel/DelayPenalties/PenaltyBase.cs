namespace OrderKernel.Policies;

/// <summary>What a delay penalty is a percentage of.</summary>
public enum PenaltyBase
{
    /// <summary>The contract value.</summary>
    ContractValue,

    /// <summary>The value of the delayed part.</summary>
    DelayedValue,

    /// <summary>The value not yet delivered.</summary>
    UndeliveredValue,
}
