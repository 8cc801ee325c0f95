using System.Collections.Generic;
using OrderKernel.Orders;
using OrderKernel.Primitives;
using S = OrderKernel.Orders.OrderStatus;
using K = OrderKernel.Orders.CommandKind;

namespace OrderKernel.Lifecycle;

/// <summary>
/// The order lifecycle machine as data: every legal (status, command kind, status) edge with its named guards.
/// <see cref="OrderDecider.Decide"/> consults it; nothing happens outside it.
/// </summary>
public static class OrderLifecycle
{
    internal const string OrderComplete = "order-complete";
    internal const string QuotationApproved = "quotation-approved";
    internal const string QuotationNotExpired = "quotation-not-expired";
    internal const string SampleApprovedIfRequired = "sample-approved-if-required";
    internal const string PaidBeforeShipment = "installments-due-before-shipment-paid";
    internal const string Settled = "settled";

    /// <summary>Gets the order lifecycle definition.</summary>
    public static StateMachineDefinition<OrderStatus, CommandKind> Definition { get; } = Build();

    private static StateMachineDefinition<OrderStatus, CommandKind> Build()
    {
        var t = new List<Transition<S, K>>
        {
            Edge(S.Draft, K.ReceiveOrder, S.Received),
            Edge(S.Received, K.ReturnForCompletion, S.AwaitingCompletion),
            Edge(S.AwaitingCompletion, K.CompleteOrderDetails, S.Received),
            Edge(S.Received, K.RecordOrder, S.Recorded, OrderComplete),
            Edge(S.Recorded, K.SubmitForReview, S.UnderReview),
            Edge(S.UnderReview, K.SignReview, S.UnderReview),
            Edge(S.UnderReview, K.SignReview, S.Reviewed),
            Edge(S.UnderReview, K.SignReview, S.ReviewRejected),
            Edge(S.ReviewRejected, K.ReviseOrder, S.Recorded),
            Edge(S.Reviewed, K.PrepareQuotation, S.Quoted),
            Edge(S.Quoted, K.ReviseQuotation, S.Quoted),
            Edge(S.Quoted, K.ApproveQuotation, S.Quoted),
            Edge(S.Quoted, K.RejectQuotationApproval, S.Quoted),
            Edge(S.Quoted, K.AcceptQuotation, S.QuotationAccepted, QuotationApproved, QuotationNotExpired),
            Edge(S.Quoted, K.DeclineQuotation, S.Lost),
            Edge(S.QuotationAccepted, K.SignContract, S.AwaitingDeposit),
            Edge(S.QuotationAccepted, K.SignContract, S.ReadyForProduction),
            Edge(S.AwaitingDeposit, K.ConfirmPayment, S.AwaitingDeposit),
            Edge(S.AwaitingDeposit, K.ConfirmPayment, S.ReadyForProduction),
            Edge(S.ReadyForProduction, K.ReleaseToProduction, S.InProduction, SampleApprovedIfRequired),
            Edge(S.InProduction, K.ReportProgress, S.InProduction),
            Edge(S.InProduction, K.ReportProductionException, S.InProduction),
            Edge(S.InProduction, K.CompleteProduction, S.ProductionCompleted),
            Edge(S.ProductionCompleted, K.RecordInspection, S.Inspected),
            Edge(S.ProductionCompleted, K.RecordInspection, S.InProduction),
            Edge(S.Inspected, K.ReleaseForShipment, S.ReleasedForShipment, PaidBeforeShipment),
            Edge(S.ReleasedForShipment, K.Ship, S.Shipped, PaidBeforeShipment),
            Edge(S.Shipped, K.Ship, S.Shipped, PaidBeforeShipment),
            Edge(S.Shipped, K.ConfirmDelivery, S.Delivered),
            Edge(S.Delivered, K.CompleteOrder, S.Completed),
            Edge(S.Completed, K.CloseOrder, S.Closed, Settled),
            Edge(S.Cancelled, K.CloseOrder, S.Closed, Settled),
            Edge(S.Lost, K.CloseOrder, S.Closed),
        };

        foreach (var s in new[] { S.AwaitingDeposit, S.ReadyForProduction })
        {
            t.Add(Edge(s, K.SendSample, s));
            t.Add(Edge(s, K.ApproveSample, s));
            t.Add(Edge(s, K.RejectSample, s));
        }

        foreach (var s in new[] { S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed, S.Cancelled })
        {
            t.Add(Edge(s, K.ConfirmPayment, s));
        }

        S[] open =
        [
            S.Received, S.AwaitingCompletion, S.Recorded, S.UnderReview, S.ReviewRejected, S.Reviewed, S.Quoted, S.QuotationAccepted,
            S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment,
        ];
        foreach (var s in open)
        {
            t.Add(Edge(s, K.CancelOrder, S.Cancelled));
        }

        foreach (var s in open)
        {
            t.Add(Edge(s, K.PlaceHold, s));
            t.Add(Edge(s, K.ReleaseHold, s));
        }

        foreach (var s in new[] { S.Shipped, S.Delivered })
        {
            t.Add(Edge(s, K.PlaceHold, s));
            t.Add(Edge(s, K.ReleaseHold, s));
        }

        foreach (var s in new[] { S.InProduction, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed })
        {
            t.Add(Edge(s, K.CompleteStep, s));
        }

        foreach (var s in new[] { S.Recorded, S.UnderReview, S.Reviewed, S.Quoted, S.QuotationAccepted, S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered })
        {
            t.Add(Edge(s, K.RecordExcusableDelay, s));
        }

        foreach (var s in new[] { S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed })
        {
            t.Add(Edge(s, K.AssessDelayPenalty, s));
        }

        foreach (var s in new[] { S.Inspected, S.ReleasedForShipment })
        {
            t.Add(Edge(s, K.ApproveShipmentException, s));
        }

        foreach (var s in new[] { S.QuotationAccepted, S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected })
        {
            t.Add(Edge(s, K.RegisterLetterOfCredit, s));
        }

        foreach (var s in new[] { S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed, S.Cancelled })
        {
            t.Add(Edge(s, K.RecordRefund, s));
        }

        foreach (var s in new[] { S.Delivered, S.Completed })
        {
            t.Add(Edge(s, K.RecordReturn, s));
        }

        foreach (var s in new[] { S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected })
        {
            foreach (var k in new[] { K.SubmitChangeRequest, K.AssessChangeRequest, K.ApproveChangeRequest, K.RejectChangeRequest, K.WithdrawChangeRequest, K.RecordChangeTest, K.ConfirmChangeByCustomer, K.ApplyChangeRequest })
            {
                t.Add(Edge(s, k, s));
            }

            t.Add(Edge(s, K.ApplyChangeRequest, S.Cancelled));
        }

        GuardDescription[] guards =
        [
            GuardDescription.Create(OrderComplete, "Every line has a unit price and the order has a delivery date; otherwise it goes back to the customer.", "R3"),
            GuardDescription.Create(QuotationApproved, "Every approval level the amount requires has approved the current quotation revision.", "R8"),
            GuardDescription.Create(QuotationNotExpired, "The quotation's validity date has not ended in the customer's time zone.", "R13"),
            GuardDescription.Create(SampleApprovedIfRequired, "The customer approved a sample, where the sample policy requires one before mass production.", "R14"),
            GuardDescription.Create(PaidBeforeShipment, "Every installment due before shipment is paid, covered by a valid letter of credit, or excepted with approval, as the shipment release policy decides.", "R30"),
            GuardDescription.Create(Settled, "The settlement statement shows nothing owed either way.", "R43"),
        ];

        return StateMachineDefinition<S, K>.Create("order", S.Draft, t, guards);
    }

    private static Transition<S, K> Edge(S from, K kind, S to, params System.ReadOnlySpan<string> guards) =>
        StateMachineDefinition<S, K>.Edge(from, kind, to, guards);
}
