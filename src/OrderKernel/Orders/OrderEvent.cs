using System.Text.Json.Serialization;
using NodaTime;
using OrderKernel.Primitives;

namespace OrderKernel.Orders;

/// <summary>
/// Something that happened to an order, in the past tense. Events carry every decided value (amounts, numbers,
/// requirements and their explanations), so folding them never consults a policy and replay gives the same state even
/// after the host changes its policies.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrderKernel.Cancellations.OrderCancelled), "order-cancelled.v1")]
[JsonDerivedType(typeof(OrderKernel.Contracts.ContractSigned), "contract-signed.v1")]
[JsonDerivedType(typeof(OrderKernel.Holds.HoldPlaced), "hold-placed.v1")]
[JsonDerivedType(typeof(OrderKernel.Holds.HoldReleased), "hold-released.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderCompleted), "order-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderClosed), "order-closed.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderReceived), "order-received.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderReturnedForCompletion), "order-returned-for-completion.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderDetailsCompleted), "order-details-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.OrderRecorded), "order-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.Payments.PaymentConfirmed), "payment-confirmed.v1")]
[JsonDerivedType(typeof(OrderKernel.Payments.DepositReceived), "deposit-received.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.SampleSent), "sample-sent.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.SampleApproved), "sample-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.SampleRejected), "sample-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ProductionReleased), "production-released.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ProgressReported), "progress-reported.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ProductionExceptionReported), "production-exception-reported.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ProductionCompleted), "production-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.InspectionPassed), "inspection-passed.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.InspectionFailed), "inspection-failed.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationPrepared), "quotation-prepared.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationRevised), "quotation-revised.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationApproved), "quotation-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationApprovalRejected), "quotation-approval-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationAccepted), "quotation-accepted.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.QuotationDeclined), "quotation-declined.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviewStarted), "review-started.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviewSigned), "review-signed.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviewStageCompleted), "review-stage-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviewPassed), "review-passed.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.MaterialReserved), "material-reserved.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviewRejected), "review-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.OrderRevised), "order-revised.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.ShipmentReleased), "shipment-released.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.OrderShipped), "order-shipped.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.DeliveryConfirmed), "delivery-confirmed.v1")]
[JsonDerivedType(typeof(OrderKernel.ServiceLevels.StepCompleted), "step-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.ServiceLevels.ServiceLevelBreached), "service-level-breached.v1")]
[JsonDerivedType(typeof(OrderKernel.DelayPenalties.ExcusableDelayRecorded), "excusable-delay-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.DelayPenalties.DelayPenaltyAssessed), "delay-penalty-assessed.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.ShipmentExceptionApproved), "shipment-exception-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.LetterOfCreditRegistered), "letter-of-credit-registered.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.SupplementalOrderProposed), "supplemental-order-proposed.v1")]
[JsonDerivedType(typeof(OrderKernel.Settlements.RefundRecorded), "refund-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.Settlements.ReturnRecorded), "return-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeRequestSubmitted), "change-request-submitted.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeRequestAssessed), "change-request-assessed.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeRequestApproved), "change-request-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeRequestRejected), "change-request-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeRequestWithdrawn), "change-request-withdrawn.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeTested), "change-tested.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeConfirmedByCustomer), "change-confirmed-by-customer.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ChangeApplied), "change-applied.v1")]
public abstract record OrderEvent
{
    private protected OrderEvent()
    {
    }

    /// <summary>
    /// Folds this event into <paramref name="s"/>, a working copy of the order that nobody else holds yet (virtual
    /// dispatch keeps folding O(1) per event whatever the number of event kinds).
    /// </summary>
    /// <param name="s">The working copy.</param>
    internal abstract void ApplyTo(Order s);

    /// <summary>Records in <paramref name="s"/> the service-level milestones this event reaches, if any (R38).</summary>
    /// <param name="s">The working copy, this event already applied.</param>
    internal virtual void Reach(Order s)
    {
    }

    /// <summary>Gets when it happened (the decision's instant).</summary>
    public required Instant At { get; init; }

    /// <summary>Gets who caused it.</summary>
    public required ActorId By { get; init; }

    /// <summary>Gets the idempotency key of the command that produced it, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Gets the fingerprint of the command that produced it (a SHA-256 of its JSON without the key), when the command
    /// carried an idempotency key: a later command reusing the key is a retry only if its fingerprint is the same.
    /// </summary>
    public string? CommandFingerprint { get; init; }

    /// <summary>Gets the order this event belongs to (stamped by <see cref="OrderDecider.Decide"/>).</summary>
    /// <remarks><see cref="OrderDecider.Evolve"/> refuses an event of another order.</remarks>
    public OrderId OrderId { get; init; } = null!;

    /// <summary>
    /// Gets the order's <see cref="Order.Version"/> after this event: 1 for <see cref="OrderReceived"/>, then one more per
    /// event (stamped by <see cref="OrderDecider.Decide"/>). A stream is self-checking: <see cref="OrderDecider.Evolve"/>
    /// refuses an event whose version is not the next one, so a dropped, repeated or reordered event is named.
    /// </summary>
    public long Version { get; init; }
}
