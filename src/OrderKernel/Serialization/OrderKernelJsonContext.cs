using System.Text.Json.Serialization;
using OrderKernel.Authorization;
using OrderKernel.Cancellations;
using OrderKernel.Contracts;
using OrderKernel.Holds;
using OrderKernel.Lifecycle;
using OrderKernel.Numbering;
using OrderKernel.Orders;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Production;
using OrderKernel.Quotations;
using OrderKernel.Reviews;
using OrderKernel.Shipments;

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
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeImpactPolicyOptions))]
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
[JsonSerializable(typeof(OrderKernel.ServiceLevels.MilestoneReached))]
[JsonSerializable(typeof(OrderKernel.ServiceLevels.ServiceLevelBreach))]
[JsonSerializable(typeof(OrderKernel.ServiceLevels.ServiceLevel))]
[JsonSerializable(typeof(OrderKernel.ServiceLevels.ServiceLevelPolicyOptions))]
[JsonSerializable(typeof(OrderKernel.Calendars.BusinessCalendarOptions))]
[JsonSerializable(typeof(OrderKernel.Calendars.WorkingPeriod))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.DelayPenaltyPolicyOptions))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.PenaltyTier))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.PenaltyTraceLine))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.ExcusableDelay))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.ExcusedSpan))]
[JsonSerializable(typeof(OrderKernel.DelayPenalties.DelayAssessment))]
[JsonSerializable(typeof(HoldPeriod))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeProposal))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeRequest))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeRecord))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangePreview))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeRouting))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.ChangeApproval))]
[JsonSerializable(typeof(OrderKernel.ChangeRequests.FieldDiff))]
[JsonSerializable(typeof(OrderKernel.Orders.DeliveryTolerance))]
[JsonSerializable(typeof(OrderKernel.Shipments.ShippedLine))]
[JsonSerializable(typeof(OrderKernel.Shipments.LetterOfCredit))]
[JsonSerializable(typeof(OrderKernel.Shipments.ShipmentException))]
[JsonSerializable(typeof(OrderKernel.Shipments.SupplementalOrderProposal))]
[JsonSerializable(typeof(OrderKernel.Settlements.Refund))]
[JsonSerializable(typeof(OrderKernel.Settlements.ReturnRecord))]
[JsonSerializable(typeof(OrderKernel.Settlements.StatementLine))]
[JsonSerializable(typeof(OrderKernel.Settlements.SettlementStatement))]
[JsonSerializable(typeof(AcceptanceDecision))]
[JsonSerializable(typeof(AcceptancePolicyOptions))]
[JsonSerializable(typeof(ApprovalLimit))]
internal sealed partial class OrderKernelJsonContext : JsonSerializerContext
{
}
