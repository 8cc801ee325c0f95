namespace OrderKernel.Policies;

/// <summary>The period a penalty rate applies to.</summary>
public enum PenaltyPeriod
{
    /// <summary>Per day late.</summary>
    Day,

    /// <summary>Per started week late.</summary>
    Week,
}
