namespace OrderKernel.Policies;

/// <summary>Options of the default shipment release policy; the defaults follow the seeds (R17, R18, R30).</summary>
public sealed record ShipmentReleasePolicyOptions
{
    /// <summary>
    /// Gets a value indicating whether a valid letter of credit covering the unpaid part lets the goods leave (R18);
    /// default <see langword="true"/>.
    /// </summary>
    public bool AcceptLetterOfCredit { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether accepted bank acceptance bills, not dishonoured and not past maturity, covering the
    /// unpaid part let the goods leave (R18); default <see langword="true"/>.
    /// </summary>
    public bool AcceptBankAcceptanceBill { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether a bank acceptance bill counts only once honoured (then it is a payment), so an
    /// accepted bill alone never releases the goods (R18); default <see langword="false"/>.
    /// </summary>
    public bool RequireBillHonoured { get; init; }

    /// <summary>
    /// Gets a value indicating whether an approved shipment exception lets the goods leave unpaid (R17);
    /// default <see langword="true"/>.
    /// </summary>
    public bool AcceptApprovedException { get; init; } = true;
}
