using System.Globalization;
using NodaTime.Text;

namespace OrderKernel.Sample;

/// <summary>One line of text per event, for the timeline.</summary>
public static class EventText
{
    /// <summary>Describes an event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The text.</returns>
    public static string Describe(OrderEvent e) => e switch
    {
        OrderReceived x => $"OrderReceived: {x.Customer.Name} ({x.Customer.Tier}) via {x.Channel}, {x.Lines.Count} line(s), terms {x.PaymentTerms.Instrument} {string.Join("/", x.PaymentTerms.Installments.Select(i => i.Share))}",
        OrderRecorded x => $"OrderRecorded: number {x.OrderNumber}",
        OrderReturnedForCompletion x => $"OrderReturnedForCompletion: {x.Reason}",
        OrderDetailsCompleted => "OrderDetailsCompleted",
        ReviewStarted x => $"ReviewStarted: round {x.Round}; initial [{string.Join(", ", x.InitialDepartments)}], detail [{string.Join(", ", x.DetailDepartments)}] because {x.Explanation}",
        ReviewSigned x => $"ReviewSigned: {x.Department} {x.Verdict}s the {x.Stage} stage, needs {x.WorkingTimeNeeded.TotalHours.ToString(CultureInfo.InvariantCulture)} h: {x.Comments}",
        ReviewStageCompleted x => $"ReviewStageCompleted: round {x.Round} initial stage done, detail stage begins",
        ReviewPassed x => $"ReviewPassed: round {x.Round}, longest lead {x.LongestWorkingTimeNeeded.TotalHours.ToString(CultureInfo.InvariantCulture)} h",
        MaterialReserved x => $"MaterialReserved: {string.Join(", ", x.Reservations.Select(r => $"{r.Quantity} of {r.Product}"))}",
        MaterialsMoved x => $"MaterialsMoved: {x.Movement} {string.Join(", ", x.Materials.Select(r => $"{r.Quantity} of {r.Product}"))}",
        ReviewRejected x => $"ReviewRejected: {string.Join("; ", x.Reasons)}",
        OrderRevised x => $"OrderRevised: {x.Note}",
        QuotationPrepared x => $"QuotationPrepared: {x.Number} total {x.Total}, valid until {LocalDatePattern.Iso.Format(x.ValidUntil)}, delivery {Date(x.DeliveryDate)}; {x.Acceptance.Outcome}; approvals {string.Join(" -> ", x.RequiredLevels)}",
        QuotationRevised x => $"QuotationRevised: {x.Number} total {x.Total}, valid until {LocalDatePattern.Iso.Format(x.ValidUntil)} ({x.Reason}); approvals {string.Join(" -> ", x.RequiredLevels)}",
        QuotationApproved x => $"QuotationApproved: {x.Level} approves revision {x.Revision} [{x.Fingerprint}]",
        QuotationApprovalRejected x => $"QuotationApprovalRejected: {x.Level}: {x.Reason}",
        QuotationAccepted x => $"QuotationAccepted: {x.Number} at {x.Total}",
        QuotationDeclined x => $"QuotationDeclined: {x.Reason}",
        ContractSigned x => $"ContractSigned: {x.Number} for {x.Amount}: {string.Join(", ", x.Installments.Select(i => $"{i.Installment.Name} {i.Amount} {i.Installment.Due}"))}",
        ContractChecked x => $"ContractChecked: {x.Number} checked by the department head",
        ContractStamped x => $"ContractStamped: {x.Number} stamped and returned to the customer for countersignature",
        ContractInForce x => $"ContractInForce: {x.Number} in force",
        InvoiceIssued x => $"InvoiceIssued: {x.Invoice.Number} for {(x.Invoice.Shipment is { } n ? $"shipment {n}" : "the order")}: {x.Invoice.Amount}",
        CreditNoteIssued x => $"CreditNoteIssued: {x.CreditNote.Number} against {x.CreditNote.InvoiceNumber}: {x.CreditNote.Amount} ({x.CreditNote.Reason})",
        PaymentConfirmed x => $"PaymentConfirmed: {x.Amount} from {x.Remitter} by {x.Instrument}, ref {x.Reference}",
        DepositReceived x => $"DepositReceived: deposit {x.Deposit} covered (paid {x.TotalPaid})",
        SampleSent x => $"SampleSent: round {x.Round}, {x.Units} unit(s): {x.Note}",
        SampleApproved x => $"SampleApproved: round {x.Round}: {x.Comments}",
        SampleRejected x => $"SampleRejected: round {x.Round}: {x.Comments}",
        ProductionReleased x => $"ProductionReleased: planned completion {LocalDatePattern.Iso.Format(x.PlannedCompletion)}",
        ProgressReported x => $"ProgressReported: {x.Complete} {x.Note}",
        ProductionExceptionReported x => $"ProductionExceptionReported: {x.Description} (expected delay {x.ExpectedDelay.TotalHours.ToString(CultureInfo.InvariantCulture)} h)",
        ProductionCompleted => "ProductionCompleted",
        InspectionPassed x => $"InspectionPassed: grade {x.Grade}, {x.DefectsFound}/{x.SampleSize} defects{Plan(x.Plan)}: {x.Notes}",
        InspectionFailed x => $"InspectionFailed: grade {x.Grade}, {x.DefectsFound}/{x.SampleSize} defects{Plan(x.Plan)}: {x.Notes}",
        ShipmentReleased x => $"ShipmentReleased: signed with {x.PaidAtRelease} paid",
        OrderShipped x => $"OrderShipped: {string.Join(", ", x.Lines.Select(l => $"{l.Quantity} of line {l.Line}"))} with {x.Carrier}, {x.CarrierIdentity}, waybill {x.Waybill}, documents: {string.Join(", ", x.Documents)}",
        ShipmentExceptionApproved x => $"ShipmentExceptionApproved: {x.Reason}",
        LetterOfCreditRegistered x => $"LetterOfCreditRegistered: {x.LetterOfCredit.Number} from {x.LetterOfCredit.IssuingBank} for {x.LetterOfCredit.Amount}, valid until {LocalDatePattern.Iso.Format(x.LetterOfCredit.Expiry)}",
        SupplementalOrderProposed x => $"SupplementalOrderProposed: {x.Proposal.Missing} of {x.Proposal.Product} (line {x.Proposal.Line})",
        RefundRecorded x => $"RefundRecorded: {x.Amount} ref {x.Reference}: {x.Reason}",
        ReturnRecorded x => $"ReturnRecorded: {x.Return.Quantity} of line {x.Return.Line} ({x.Return.Kind}), credit {x.Return.Credit}: {x.Return.Reason}",
        DeliveryConfirmed x => $"DeliveryConfirmed: received by {x.ReceivedBy}",
        OrderCompleted => "OrderCompleted",
        OrderClosed => "OrderClosed",
        HoldPlaced x => $"HoldPlaced: {x.Code}: {x.Reason}",
        HoldReleased x => $"HoldReleased: {x.Code}: {x.Note}",
        OrderCancelled x => $"OrderCancelled: {x.Reason}; charge {x.Charge}, refund {x.Refund} ({x.Explanation})",
        StepCompleted x => $"StepCompleted: {x.Step}: {x.Note}",
        ServiceLevelBreached x => $"ServiceLevelBreached: {x.Step} was due {InstantPattern.ExtendedIso.Format(x.DueAt)}, done {x.Overdue.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min late ({x.Limit.TotalHours.ToString(CultureInfo.InvariantCulture)} h {x.Basis} limit)",
        ExcusableDelayRecorded x => $"ExcusableDelayRecorded: {x.Cause} {LocalDatePattern.Iso.Format(x.From)}..{LocalDatePattern.Iso.Format(x.To)}: {x.Reason}",
        DelayPenaltyAssessed x => $"DelayPenaltyAssessed: {x.Assessment.DaysLate} day(s) late, {x.Assessment.ChargeableDays} chargeable: {x.Assessment.Amount}, {x.Assessment.PointsPerParty.ToString(CultureInfo.InvariantCulture)} point(s) per party",
        ChangeRequestSubmitted x => $"ChangeRequestSubmitted: {x.ChangeId} {x.Proposal.Kind}: {x.Reason}",
        ChangeRequestAssessed x => $"ChangeRequestAssessed: {x.ChangeId} on revision {x.Preview.BaseRevision}: {string.Join("; ", x.Preview.Diff.Select(d => $"{d.Field}: {d.Old} -> {d.New}"))}; amount {x.Preview.ContractAmountBefore} -> {x.Preview.ContractAmountAfter}; needs {string.Join(", ", x.Preview.Routing.Approvers)}{(x.Preview.Routing.RequiresTechnicalTest ? ", a technical test" : string.Empty)}{(x.Preview.Routing.RequiresCustomerConfirmation ? ", the customer's confirmation" : string.Empty)}",
        ChangeRequestApproved x => $"ChangeRequestApproved: {x.ChangeId} by {x.Role}: {x.Comments}",
        ChangeRequestRejected x => $"ChangeRequestRejected: {x.ChangeId}: {x.Reason}",
        ChangeRequestWithdrawn x => $"ChangeRequestWithdrawn: {x.ChangeId}",
        ChangeTested x => $"ChangeTested: {x.ChangeId} {(x.Passed ? "passed" : "failed")}: {x.Notes}",
        ChangeConfirmedByCustomer x => $"ChangeConfirmedByCustomer: {x.ChangeId}",
        ChangeApplied x => $"ChangeApplied: {x.ChangeId} as revision {x.Record.Revision}, change record kept; contract {x.ContractAmount}",
        ProductionDelayAlarmRaised x => $"ProductionDelayAlarmRaised: expected completion {Date(x.ExpectedCompletion)}, after the delivery date {Date(x.DueDate)}: {x.Reason}",
        _ => e.GetType().Name,
    };

    private static string Plan(SamplingPlan? p) => p is null
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" (ISO 2859-1 plan: lot {p.LotSize}, AQL {p.Aql}, code letter {p.CodeLetter}, sample {p.SampleSize}, Ac {p.Acceptance} / Re {p.Rejection})");

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "open";
}
