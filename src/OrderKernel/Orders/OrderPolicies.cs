using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>
/// The host's bundle of policies: every business decision that differs between companies. Start from
/// <see cref="Default"/> and replace what differs: <c>OrderPolicies.Default with { Approval = ApprovalPolicy.Create(myOptions) }</c>.
/// </summary>
public sealed record OrderPolicies
{
    /// <summary>Gets the seeds' defaults for every policy.</summary>
    public static OrderPolicies Default { get; } = new();

    /// <summary>Gets who may issue which command (R19, R30, R34).</summary>
    public IAuthorizationPolicy Authorization { get; init; } = AuthorizationPolicy.Default;

    /// <summary>
    /// Gets which duties one person may not both hold on the same item (R5, R8, R30, R33–R34); default strict
    /// (<see cref="SeparationOfDutiesPolicy.Default"/>). Relaxing it is explicit:
    /// <c>SeparationOfDutiesPolicy.Create(new SeparationOfDutiesPolicyOptions().Without(Duty.ReleaseShipment, Duty.Dispatch))</c>.
    /// </summary>
    public ISeparationOfDutiesPolicy SeparationOfDuties { get; init; } = SeparationOfDutiesPolicy.Default;

    /// <summary>Gets how order, contract and quotation numbers are formatted (R2, R16).</summary>
    public INumberingPolicy Numbering { get; init; } = NumberingPolicy.Default;

    /// <summary>Gets how an order's priority is classified from urgency, amount and importance (R4).</summary>
    public IPriorityPolicy Priority { get; init; } = PriorityPolicy.Default;

    /// <summary>Gets which departments review an order (R5–R6, R10).</summary>
    public IReviewPolicy Review { get; init; } = ReviewPolicy.Default;

    /// <summary>Gets whether and on which terms an order is accepted (R9).</summary>
    public IAcceptancePolicy Acceptance { get; init; } = AcceptancePolicy.Default;

    /// <summary>Gets whether quotation amounts are rounded per line or per document; default per line.</summary>
    public AmountRounding QuotationRounding { get; init; } = AmountRounding.PerLine;

    /// <summary>Gets which approval levels a quotation needs (R8).</summary>
    public IApprovalPolicy Approval { get; init; } = ApprovalPolicy.Default;

    /// <summary>Gets whether mass production needs an approved sample (R14).</summary>
    public ISamplePolicy Sample { get; init; } = SamplePolicy.Default;

    /// <summary>Gets when goods may be released for shipment (R17, R30).</summary>
    public IShipmentReleasePolicy ShipmentRelease { get; init; } = ShipmentReleasePolicy.Default;

    /// <summary>Gets what cancellation costs at each stage (R36).</summary>
    public ICancellationPolicy Cancellation { get; init; } = CancellationPolicy.Default;

    /// <summary>Gets the time limits per step on a business calendar (R38).</summary>
    public IServiceLevelPolicy ServiceLevels { get; init; } = ServiceLevelPolicy.Default;

    /// <summary>Gets how delays are penalised (R39–R40).</summary>
    public IDelayPenaltyPolicy DelayPenalty { get; init; } = DelayPenaltyPolicy.Default;

    /// <summary>Gets whether the customer is invoiced for delivered or ordered quantities (R44); default delivered.</summary>
    public InvoiceBasis InvoiceBasis { get; init; } = InvoiceBasis.Delivered;

    /// <summary>Gets who approves which change at which stage (R33–R35).</summary>
    public IChangeImpactPolicy ChangeImpact { get; init; } = ChangeImpactPolicy.Default;

    /// <summary>Gets which commands each hold blocks.</summary>
    public IHoldPolicy Holds { get; init; } = HoldPolicy.Default;

    /// <summary>Gets the payment terms an order gets when its command names none (R17: T/T 30 % / 70 %).</summary>
    public PaymentTerms DefaultPaymentTerms { get; init; } = PaymentTerms.Default;

    /// <summary>Gets the rounding rule for line amounts and shares; default commercial rounding to the minor unit.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.Default;

    /// <summary>Gets which documents the order file needs at each stage (R46).</summary>
    public IOrderFilePolicy OrderFile { get; init; } = OrderFilePolicy.Default;

    /// <summary>Gets how long delivered goods are under warranty (R45); default 12 months from delivery.</summary>
    public IWarrantyPolicy Warranty { get; init; } = WarrantyPolicy.Default;

    internal OrderPolicies Validated()
    {
        Guard.Against.Null(Authorization);
        Guard.Against.Null(SeparationOfDuties);
        Guard.Against.Null(Numbering);
        Guard.Against.Null(Priority);
        Guard.Against.Null(Review);
        Guard.Against.Null(Approval);
        Guard.Against.Null(Acceptance);
        Guard.Against.EnumOutOfRange(QuotationRounding);
        Guard.Against.Null(Sample);
        Guard.Against.Null(ShipmentRelease);
        Guard.Against.Null(Cancellation);
        Guard.Against.Null(Holds);
        Guard.Against.Null(ServiceLevels);
        Guard.Against.Null(DelayPenalty);
        Guard.Against.Null(ChangeImpact);
        Guard.Against.EnumOutOfRange(InvoiceBasis);
        Guard.Against.Null(DefaultPaymentTerms);
        Guard.Against.Null(Rounding);
        Guard.Against.Null(OrderFile);
        Guard.Against.Null(Warranty);
        return this;
    }
}
