namespace OrderKernel;

// The order is a small tree of immutable records: the order holds its envelope and four parts, each part the records of a
// few areas. An event makes the next order with `with` along one path (the order, one part, one area record), sharing the
// rest, so folding an event copies a few small records, not every field of the order.

/// <summary>The commercial part of an order: intake (R1–R4), the review (R5–R7), the quotation (R8–R13) and the contract (R15–R16).</summary>
internal sealed record CommercialPart
{
    /// <summary>Gets the intake area's record.</summary>
    public IntakeState Intake { get; init; } = new();

    /// <summary>Gets the current review round.</summary>
    public Review? Review { get; init; }

    /// <summary>Gets the current quotation.</summary>
    public Quotation? Quotation { get; init; }

    /// <summary>Gets the signed contract.</summary>
    public Contract? Contract { get; init; }
}

/// <summary>The fulfilment part of an order: production (R14, R21–R29), shipments (R17, R30–R32) and the cancellation (R36).</summary>
internal sealed record FulfilmentPart
{
    /// <summary>Gets the production area's record.</summary>
    public ProductionState Making { get; init; } = new();

    /// <summary>Gets the shipments area's record.</summary>
    public ShippingState Shipping { get; init; } = new();

    /// <summary>Gets the cancellation.</summary>
    public Cancellation? Cancellation { get; init; }
}

/// <summary>The accounts part of an order: payments (R18–R20), settlement (R42–R44) and after-sales (R45).</summary>
internal sealed record AccountsPart
{
    /// <summary>Gets the payments area's record.</summary>
    public PaymentLedger Ledger { get; init; } = new();

    /// <summary>Gets the settlements area's record.</summary>
    public SettlementState Settlement { get; init; } = new();

    /// <summary>Gets the after-sales area's record.</summary>
    public AfterSalesState AfterSales { get; init; } = new();
}

/// <summary>The tracking part of an order: service levels (R26, R38), delays (R39–R40), change requests (R33–R37) and the order file (R46).</summary>
internal sealed record TrackingPart
{
    /// <summary>Gets the service levels area's record.</summary>
    public ServiceLevelState ServiceLevels { get; init; } = new();

    /// <summary>Gets the delay penalties area's record.</summary>
    public DelayState Delays { get; init; } = new();

    /// <summary>Gets the change requests area's record.</summary>
    public ChangeState Changes { get; init; } = new();

    /// <summary>Gets the order file area's record.</summary>
    public OrderFileState File { get; init; } = new();
}
