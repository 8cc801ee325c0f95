using System.Text.Json.Serialization;
using OrderKernel.Policies;

namespace OrderKernel.Serialization;

/// <summary>
/// Source-generated metadata for every command, event, the order state, rejections and the policy options records.
/// Use it through <see cref="OrderKernelJson"/> or <see cref="OrderKernelJson.ConfigureForOrderKernel"/>, which add the
/// converters the generated metadata relies on (NodaTime, money, ids, lists, enums as strings).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(OrderCommand))]
[JsonSerializable(typeof(OrderEvent))]
[JsonSerializable(typeof(OrderEvent[]))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(OrderSnapshot))]
[JsonSerializable(typeof(Rejected))]
[JsonSerializable(typeof(Violation))]
[JsonSerializable(typeof(CommandAvailability))]
[JsonSerializable(typeof(AuthorizationPolicyOptions))]
[JsonSerializable(typeof(SeparationOfDutiesPolicyOptions))]
[JsonSerializable(typeof(DutyConflict))]
[JsonSerializable(typeof(Duty))]
[JsonSerializable(typeof(NumberingPolicyOptions))]
[JsonSerializable(typeof(ReviewPolicyOptions))]
[JsonSerializable(typeof(ApprovalPolicyOptions))]
[JsonSerializable(typeof(SamplePolicyOptions))]
[JsonSerializable(typeof(HoldPolicyOptions))]
[JsonSerializable(typeof(CancellationPolicyOptions))]
[JsonSerializable(typeof(ShipmentReleasePolicyOptions))]
[JsonSerializable(typeof(OrderKernel.Policies.ChangeImpactPolicyOptions))]
[JsonSerializable(typeof(PaymentTerms))]
[JsonSerializable(typeof(ApprovalLevel))]
[JsonSerializable(typeof(CommandKind))]
[JsonSerializable(typeof(Department))]
[JsonSerializable(typeof(GuardDescription))]
[JsonSerializable(typeof(Installment))]
[JsonSerializable(typeof(InstallmentAmount))]
[JsonSerializable(typeof(InstallmentStatus))]
[JsonSerializable(typeof(MaterialReservation))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(OrderLine))]
[JsonSerializable(typeof(Payment))]
[JsonSerializable(typeof(ProductionIssue))]
[JsonSerializable(typeof(ProgressReport))]
[JsonSerializable(typeof(QuotationApproval))]
[JsonSerializable(typeof(QuotationLine))]
[JsonSerializable(typeof(QuotationPrice))]
[JsonSerializable(typeof(QuotationRevisionSummary))]
[JsonSerializable(typeof(ReviewFinding))]
[JsonSerializable(typeof(ReviewSignOff))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Contract))]
[JsonSerializable(typeof(Cancellation))]
[JsonSerializable(typeof(Hold))]
[JsonSerializable(typeof(Shipment))]
[JsonSerializable(typeof(SampleRound))]
[JsonSerializable(typeof(OrderKernel.MilestoneReached))]
[JsonSerializable(typeof(OrderKernel.ServiceLevelBreach))]
[JsonSerializable(typeof(OrderKernel.ServiceLevel))]
[JsonSerializable(typeof(OrderKernel.Policies.ServiceLevelPolicyOptions))]
[JsonSerializable(typeof(OrderKernel.Policies.BusinessCalendarOptions))]
[JsonSerializable(typeof(OrderKernel.Policies.WorkingPeriod))]
[JsonSerializable(typeof(OrderKernel.Policies.DelayPenaltyPolicyOptions))]
[JsonSerializable(typeof(OrderKernel.Policies.PenaltyTier))]
[JsonSerializable(typeof(OrderKernel.Policies.PenaltyTraceLine))]
[JsonSerializable(typeof(OrderKernel.ExcusableDelay))]
[JsonSerializable(typeof(OrderKernel.ExcusedSpan))]
[JsonSerializable(typeof(OrderKernel.DelayAssessment))]
[JsonSerializable(typeof(HoldPeriod))]
[JsonSerializable(typeof(OrderKernel.ChangeProposal))]
[JsonSerializable(typeof(OrderKernel.ChangeRequest))]
[JsonSerializable(typeof(OrderKernel.ChangeRecord))]
[JsonSerializable(typeof(OrderKernel.ChangePreview))]
[JsonSerializable(typeof(OrderKernel.ChangeRouting))]
[JsonSerializable(typeof(OrderKernel.ChangeApproval))]
[JsonSerializable(typeof(OrderKernel.FieldDiff))]
[JsonSerializable(typeof(OrderKernel.DeliveryTolerance))]
[JsonSerializable(typeof(OrderKernel.ShippedLine))]
[JsonSerializable(typeof(OrderKernel.LetterOfCredit))]
[JsonSerializable(typeof(OrderKernel.ShipmentException))]
[JsonSerializable(typeof(OrderKernel.SupplementalOrderProposal))]
[JsonSerializable(typeof(OrderKernel.Refund))]
[JsonSerializable(typeof(OrderKernel.ReturnRecord))]
[JsonSerializable(typeof(OrderKernel.Invoice))]
[JsonSerializable(typeof(OrderKernel.CreditNote))]
[JsonSerializable(typeof(OrderKernel.StatementLine))]
[JsonSerializable(typeof(OrderKernel.SettlementStatement))]
[JsonSerializable(typeof(AcceptanceDecision))]
[JsonSerializable(typeof(AcceptancePolicyOptions))]
[JsonSerializable(typeof(ApprovalLimit))]
internal sealed partial class OrderKernelJsonContext : JsonSerializerContext
{
}
