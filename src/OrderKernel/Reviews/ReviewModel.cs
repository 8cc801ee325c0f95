namespace OrderKernel;

/// <summary>A department taking part in contract review (R5).</summary>
public enum Department
{
    /// <summary>Sales (the business department).</summary>
    Sales,

    /// <summary>Production.</summary>
    Production,

    /// <summary>Technical.</summary>
    Technical,

    /// <summary>Procurement.</summary>
    Procurement,

    /// <summary>Quality.</summary>
    Quality,

    /// <summary>Finance.</summary>
    Finance,
}
