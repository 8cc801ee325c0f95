using System.Text.Json.Serialization;
using OrderKernel.Internal;

namespace OrderKernel.Orders;

/// <summary>
/// A request to change an order. Every command has a <see cref="Kind"/>, and may carry an idempotency key: deciding a
/// command whose key was already applied returns the same outcome without new events.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrderKernel.Cancellations.CancelOrder), "cancel-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Contracts.SignContract), "sign-contract.v1")]
[JsonDerivedType(typeof(OrderKernel.Holds.PlaceHold), "place-hold.v1")]
[JsonDerivedType(typeof(OrderKernel.Holds.ReleaseHold), "release-hold.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.CompleteOrder), "complete-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.CloseOrder), "close-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.ReceiveOrder), "receive-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.ReturnForCompletion), "return-for-completion.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.CompleteOrderDetails), "complete-order-details.v1")]
[JsonDerivedType(typeof(OrderKernel.Orders.RecordOrder), "record-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Payments.ConfirmPayment), "confirm-payment.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.SendSample), "send-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ApproveSample), "approve-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.RejectSample), "reject-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ReleaseToProduction), "release-to-production.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ReportProgress), "report-progress.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.ReportProductionException), "report-production-exception.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.CompleteProduction), "complete-production.v1")]
[JsonDerivedType(typeof(OrderKernel.Production.RecordInspection), "record-inspection.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.PrepareQuotation), "prepare-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.ReviseQuotation), "revise-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.ApproveQuotation), "approve-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.RejectQuotationApproval), "reject-quotation-approval.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.AcceptQuotation), "accept-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.Quotations.DeclineQuotation), "decline-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.SubmitForReview), "submit-for-review.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.SignReview), "sign-review.v1")]
[JsonDerivedType(typeof(OrderKernel.Reviews.ReviseOrder), "revise-order.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.ReleaseForShipment), "release-for-shipment.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.Ship), "ship.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.ConfirmDelivery), "confirm-delivery.v1")]
[JsonDerivedType(typeof(OrderKernel.ServiceLevels.CompleteStep), "complete-step.v1")]
[JsonDerivedType(typeof(OrderKernel.DelayPenalties.RecordExcusableDelay), "record-excusable-delay.v1")]
[JsonDerivedType(typeof(OrderKernel.DelayPenalties.AssessDelayPenalty), "assess-delay-penalty.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.ApproveShipmentException), "approve-shipment-exception.v1")]
[JsonDerivedType(typeof(OrderKernel.Shipments.RegisterLetterOfCredit), "register-letter-of-credit.v1")]
[JsonDerivedType(typeof(OrderKernel.Settlements.RecordRefund), "record-refund.v1")]
[JsonDerivedType(typeof(OrderKernel.Settlements.RecordReturn), "record-return.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.SubmitChangeRequest), "submit-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.AssessChangeRequest), "assess-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ApproveChangeRequest), "approve-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.RejectChangeRequest), "reject-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.WithdrawChangeRequest), "withdraw-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.RecordChangeTest), "record-change-test.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ConfirmChangeByCustomer), "confirm-change-by-customer.v1")]
[JsonDerivedType(typeof(OrderKernel.ChangeRequests.ApplyChangeRequest), "apply-change-request.v1")]
public abstract record OrderCommand
{
    private protected OrderCommand()
    {
    }

    /// <summary>Gets the command's kind (its trigger in the lifecycle machine).</summary>
    public abstract CommandKind Kind { get; }

    /// <summary>Gets the optional idempotency key chosen by the host (e.g. a request id).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Lists the command's values for the input check against <see cref="Primitives.KernelLimits"/> (run before the
    /// command is decided); commands without values have nothing to check.
    /// </summary>
    /// <param name="c">The check to report to.</param>
    internal virtual void CheckInput(InputCheck c)
    {
    }
}
