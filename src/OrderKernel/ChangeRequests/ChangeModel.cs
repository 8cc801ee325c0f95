namespace OrderKernel;

/// <summary>What a change request changes (R33).</summary>
public enum ChangeKind
{
    /// <summary>A line's quantity.</summary>
    Quantity,

    /// <summary>A line's unit price.</summary>
    UnitPrice,

    /// <summary>The contractual delivery date.</summary>
    DeliveryDate,

    /// <summary>A new line.</summary>
    LineAdded,

    /// <summary>A line removed.</summary>
    LineRemoved,

    /// <summary>A line's specification: hardware, software or packaging (R35).</summary>
    Specification,

    /// <summary>The payment terms.</summary>
    PaymentTerms,

    /// <summary>Cancelling the order through the change procedure (R36).</summary>
    Cancellation,
}
