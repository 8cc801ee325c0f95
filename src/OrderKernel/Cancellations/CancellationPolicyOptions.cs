namespace OrderKernel.Policies;

/// <summary>Options of the default cancellation policy.</summary>
public sealed record CancellationPolicyOptions
{
    /// <summary>Gets a value indicating whether incurred costs are charged once the contract is in force (R15); default <see langword="true"/>.</summary>
    public bool ChargeCostsAfterContract { get; init; } = true;

    /// <summary>Gets a value indicating whether the deposit is forfeited once production has started; default <see langword="true"/>.</summary>
    public bool ForfeitDepositOnceProductionStarted { get; init; } = true;

    /// <summary>Gets a value indicating whether an order released for shipment may still be cancelled; default <see langword="false"/>.</summary>
    public bool AllowAfterShipmentRelease { get; init; }
}
