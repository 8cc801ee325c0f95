namespace OrderKernel;

/// <summary>The quality grade an inspection assigns (R27–R28); a lower grade than ordered produces a change list.</summary>
public enum QualityGrade
{
    /// <summary>First grade: as ordered.</summary>
    First,

    /// <summary>Second grade: downgraded (R28).</summary>
    Second,

    /// <summary>Third grade: downgraded further (R28).</summary>
    Third,
}
