namespace OrderKernel;

/// <summary>
/// The shipments area's slice of an order (R17, R18, R30–R32): the securities and exception the release rule reads, the
/// signed release, the dispatches, the supplemental orders proposed and the delivery.
/// </summary>
internal sealed record ShippingState
{
    /// <summary>Gets the letter of credit securing payment (R18).</summary>
    public LetterOfCredit? LetterOfCredit { get; init; }

    /// <summary>Gets the approved exception to the release rule (R17).</summary>
    public ShipmentException? ShipmentException { get; init; }

    /// <summary>Gets the signed shipment release (R30).</summary>
    public ShipmentRelease? ShipmentRelease { get; init; }

    /// <summary>Gets the dispatches, in order (R31).</summary>
    public ValueList<Shipment> Shipments { get; init; }

    /// <summary>Gets the supplemental orders proposed for shortfalls (R32).</summary>
    public ValueList<SupplementalOrderProposal> SupplementalOrders { get; init; }

    /// <summary>Gets the delivery confirmation.</summary>
    public Delivery? Delivery { get; init; }
}
