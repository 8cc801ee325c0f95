using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>
/// A request to change an order. Every command has a <see cref="Kind"/>, and may carry an idempotency key: deciding a
/// command whose key was already applied returns the same outcome without new events.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OrderKernel.CancelOrder), "cancel-order.v1")]
[JsonDerivedType(typeof(OrderKernel.SignContract), "sign-contract.v1")]
[JsonDerivedType(typeof(OrderKernel.CheckContract), "check-contract.v1")]
[JsonDerivedType(typeof(OrderKernel.StampContract), "stamp-contract.v1")]
[JsonDerivedType(typeof(OrderKernel.CountersignContract), "countersign-contract.v1")]
[JsonDerivedType(typeof(OrderKernel.IssueInvoice), "issue-invoice.v1")]
[JsonDerivedType(typeof(OrderKernel.IssueCreditNote), "issue-credit-note.v1")]
[JsonDerivedType(typeof(OrderKernel.PlaceHold), "place-hold.v1")]
[JsonDerivedType(typeof(OrderKernel.ReleaseHold), "release-hold.v1")]
[JsonDerivedType(typeof(OrderKernel.CompleteOrder), "complete-order.v1")]
[JsonDerivedType(typeof(OrderKernel.CloseOrder), "close-order.v1")]
[JsonDerivedType(typeof(OrderKernel.ReceiveOrder), "receive-order.v1")]
[JsonDerivedType(typeof(OrderKernel.ReturnForCompletion), "return-for-completion.v1")]
[JsonDerivedType(typeof(OrderKernel.CompleteOrderDetails), "complete-order-details.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordOrder), "record-order.v1")]
[JsonDerivedType(typeof(OrderKernel.ConfirmPayment), "confirm-payment.v1")]
[JsonDerivedType(typeof(OrderKernel.SendSample), "send-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.ApproveSample), "approve-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.RejectSample), "reject-sample.v1")]
[JsonDerivedType(typeof(OrderKernel.ReleaseToProduction), "release-to-production.v1")]
[JsonDerivedType(typeof(OrderKernel.ReportProgress), "report-progress.v1")]
[JsonDerivedType(typeof(OrderKernel.ReportProductionException), "report-production-exception.v1")]
[JsonDerivedType(typeof(OrderKernel.CompleteProduction), "complete-production.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordInspection), "record-inspection.v1")]
[JsonDerivedType(typeof(OrderKernel.PrepareQuotation), "prepare-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviseQuotation), "revise-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.ApproveQuotation), "approve-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.RejectQuotationApproval), "reject-quotation-approval.v1")]
[JsonDerivedType(typeof(OrderKernel.AcceptQuotation), "accept-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.DeclineQuotation), "decline-quotation.v1")]
[JsonDerivedType(typeof(OrderKernel.SubmitForReview), "submit-for-review.v1")]
[JsonDerivedType(typeof(OrderKernel.SignReview), "sign-review.v1")]
[JsonDerivedType(typeof(OrderKernel.ReviseOrder), "revise-order.v1")]
[JsonDerivedType(typeof(OrderKernel.ReleaseForShipment), "release-for-shipment.v1")]
[JsonDerivedType(typeof(OrderKernel.Ship), "ship.v1")]
[JsonDerivedType(typeof(OrderKernel.ConfirmDelivery), "confirm-delivery.v1")]
[JsonDerivedType(typeof(OrderKernel.CompleteStep), "complete-step.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordExcusableDelay), "record-excusable-delay.v1")]
[JsonDerivedType(typeof(OrderKernel.AssessDelayPenalty), "assess-delay-penalty.v1")]
[JsonDerivedType(typeof(OrderKernel.ApproveShipmentException), "approve-shipment-exception.v1")]
[JsonDerivedType(typeof(OrderKernel.RegisterLetterOfCredit), "register-letter-of-credit.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordRefund), "record-refund.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordReturn), "record-return.v1")]
[JsonDerivedType(typeof(OrderKernel.SubmitChangeRequest), "submit-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.AssessChangeRequest), "assess-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.ApproveChangeRequest), "approve-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.RejectChangeRequest), "reject-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.WithdrawChangeRequest), "withdraw-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.RecordChangeTest), "record-change-test.v1")]
[JsonDerivedType(typeof(OrderKernel.ConfirmChangeByCustomer), "confirm-change-by-customer.v1")]
[JsonDerivedType(typeof(OrderKernel.ApplyChangeRequest), "apply-change-request.v1")]
[JsonDerivedType(typeof(OrderKernel.AttachDocument), "attach-document.v1")]
[JsonDerivedType(typeof(OrderKernel.RegisterComplaint), "register-complaint.v1")]
[JsonDerivedType(typeof(OrderKernel.ResolveComplaint), "resolve-complaint.v1")]
[JsonDerivedType(typeof(OrderKernel.OpenExchange), "open-exchange.v1")]
[JsonDerivedType(typeof(OrderKernel.ShipReplacement), "ship-replacement.v1")]
[JsonDerivedType(typeof(OrderKernel.RegisterBankAcceptanceBill), "register-bank-acceptance-bill.v1")]
[JsonDerivedType(typeof(OrderKernel.SettleBankAcceptanceBill), "settle-bank-acceptance-bill.v1")]
[JsonDerivedType(typeof(OrderKernel.ReachMilestone), "reach-milestone.v1")]
[JsonDerivedType(typeof(OrderKernel.PlanMilestone), "plan-milestone.v1")]
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
    /// Lists the command's values for the input check against <see cref="KernelLimits"/> (run before the
    /// command is decided); commands without values have nothing to check.
    /// </summary>
    /// <param name="c">The check to report to.</param>
    internal virtual void CheckInput(InputCheck c)
    {
    }
}
