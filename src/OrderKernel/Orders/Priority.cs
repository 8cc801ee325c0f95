namespace OrderKernel;

/// <summary>Order priority by urgency, amount and importance (R4).</summary>
public enum Priority
{
    /// <summary>An ordinary order.</summary>
    Normal,

    /// <summary>An important order (large amount or key customer): senior approval (R8).</summary>
    Important,

    /// <summary>An urgent order: tighter time limits.</summary>
    Urgent,
}
