namespace OrderKernel;

/// <summary>An approval level (R8), in ascending order of authority.</summary>
public enum ApprovalLevel
{
    /// <summary>The department head.</summary>
    DepartmentHead,

    /// <summary>The general manager.</summary>
    GeneralManager,

    /// <summary>The chairman.</summary>
    Chairman,
}
