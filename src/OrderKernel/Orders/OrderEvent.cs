using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// Something that happened to an order, in the past tense. Events carry every decided value (amounts, numbers,
/// requirements and their explanations), so folding them never consults a policy and replay gives the same state even
/// after the host changes its policies.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrderKernel.OrderCancelled), "order-cancelled.v1")]
[JsonDerivedType(typeof(OrderKernel.ContractSigned), "contract-signed.v1")]
[JsonDerivedType(typeof(OrderKernel.ContractChecked), "contract-checked.v1")]
[JsonDerivedType(typeof(OrderKernel.ContractStamped), "contract-stamped.v1")]
[JsonDerivedType(typeof(OrderKernel.ContractInForce), "contract-in-force.v1")]
[JsonDerivedType(typeof(OrderKernel.InvoiceIssued), "invoice-issued.v1")]
[JsonDerivedType(typeof(OrderKernel.CreditNoteIssued), "credit-note-issued.v1")]
[JsonDerivedType(typeof(OrderKernel.HoldPlaced), "hold-placed.v1")]
[JsonDerivedType(typeof(OrderKernel.HoldReleased), "hold-released.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderCompleted), "order-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderClosed), "order-closed.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderReceived), "order-received.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderReturnedForCompletion), "order-returned-for-completion.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderDetailsCompleted), "order-details-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderRecorded), "order-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.PaymentConfirmed), "payment-confirmed.v1")]
[JsonDerivedType(typeof(OrderKernel.DepositReceived), "deposit-received.v1")]
[JsonDerivedType(typeof(OrderKernel.SampleSent), "sample-sent.v1")]
[JsonDerivedType(typeof(OrderKernel.SampleApproved), "sample-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.SampleRejected), "sample-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.ProductionReleased), "production-released.v1")]
[JsonDerivedType(typeof(OrderKernel.ProgressReported), "progress-reported.v1")]
[JsonDerivedType(typeof(OrderKernel.ProductionExceptionReported), "production-exception-reported.v1")]
[JsonDerivedType(typeof(OrderKernel.ProductionCompleted), "production-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.InspectionPassed), "inspection-passed.v1")]
[JsonDerivedType(typeof(OrderKernel.InspectionFailed), "inspection-failed.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationPrepared), "quotation-prepared.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationRevised), "quotation-revised.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationApproved), "quotation-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationApprovalRejected), "quotation-approval-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationAccepted), "quotation-accepted.v1")]
[JsonDerivedType(typeof(OrderKernel.QuotationDeclined), "quotation-declined.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviewStarted), "review-started.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviewSigned), "review-signed.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviewStageCompleted), "review-stage-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviewPassed), "review-passed.v1")]
[JsonDerivedType(typeof(OrderKernel.MaterialReserved), "material-reserved.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviewRejected), "review-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderRevised), "order-revised.v1")]
[JsonDerivedType(typeof(OrderKernel.ShipmentReleased), "shipment-released.v1")]
[JsonDerivedType(typeof(OrderKernel.OrderShipped), "order-shipped.v1")]
[JsonDerivedType(typeof(OrderKernel.DeliveryConfirmed), "delivery-confirmed.v1")]
[JsonDerivedType(typeof(OrderKernel.StepCompleted), "step-completed.v1")]
[JsonDerivedType(typeof(OrderKernel.ServiceLevelBreached), "service-level-breached.v1")]
[JsonDerivedType(typeof(OrderKernel.ExcusableDelayRecorded), "excusable-delay-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.DelayPenaltyAssessed), "delay-penalty-assessed.v1")]
[JsonDerivedType(typeof(OrderKernel.ShipmentExceptionApproved), "shipment-exception-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.LetterOfCreditRegistered), "letter-of-credit-registered.v1")]
[JsonDerivedType(typeof(OrderKernel.SupplementalOrderProposed), "supplemental-order-proposed.v1")]
[JsonDerivedType(typeof(OrderKernel.RefundRecorded), "refund-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.ReturnRecorded), "return-recorded.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequestSubmitted), "change-request-submitted.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequestAssessed), "change-request-assessed.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequestApproved), "change-request-approved.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequestRejected), "change-request-rejected.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequestWithdrawn), "change-request-withdrawn.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeTested), "change-tested.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeConfirmedByCustomer), "change-confirmed-by-customer.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeApplied), "change-applied.v1")]
[JsonDerivedType(typeof(OrderKernel.ProductionDelayAlarmRaised), "production-delay-alarm-raised.v1")]
[JsonDerivedType(typeof(OrderKernel.DocumentAttached), "document-attached.v1")]
[JsonDerivedType(typeof(OrderKernel.ComplaintRegistered), "complaint-registered.v1")]
[JsonDerivedType(typeof(OrderKernel.ComplaintResolved), "complaint-resolved.v1")]
[JsonDerivedType(typeof(OrderKernel.ExchangeOpened), "exchange-opened.v1")]
[JsonDerivedType(typeof(OrderKernel.ReplacementShipped), "replacement-shipped.v1")]
[JsonDerivedType(typeof(OrderKernel.MaterialsMoved), "materials-moved.v1")]
[JsonDerivedType(typeof(OrderKernel.BankAcceptanceBillRegistered), "bank-acceptance-bill-registered.v1")]
[JsonDerivedType(typeof(OrderKernel.BankAcceptanceBillSettled), "bank-acceptance-bill-settled.v1")]
[JsonDerivedType(typeof(OrderKernel.HostMilestoneReached), "host-milestone-reached.v1")]
[JsonDerivedType(typeof(OrderKernel.HostMilestonePlanned), "host-milestone-planned.v1")]
[JsonDerivedType(typeof(OrderKernel.HostServiceLevelBreached), "host-service-level-breached.v1")]
public abstract record OrderEvent
{
    private protected OrderEvent()
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
