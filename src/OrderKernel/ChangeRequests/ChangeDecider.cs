using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Change requests: submit, assess (preview), approve, test and confirm (R35), apply with a change record (R33–R37).</summary>
internal static class ChangeDecider
{
    public static Outcome Decide(Order state, SignedTerms terms, SubmitChangeRequest c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.ChangeId) || Find(state, c.ChangeId) is not null)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A change needs an id not used before in this order ('{c.ChangeId}').", "R33");
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A change request states its content and its reason.", "R33");
        }

        var effect = Compute(state, terms, c.Proposal, ctx);
        if (effect.Violation is { } v)
        {
            return Outcome.Reject(v);
        }

        var submitted = new ChangeRequestSubmitted(c.ChangeId, c.Proposal, c.Reason) { At = ctx.Now, By = ctx.Actor.Id };
        var routing = ctx.Policies.ChangeImpact.Route(ChangeRoutingInput.Of(state), c.Proposal);
        if (routing.HoldsOrder && state.Hold is null)
        {
            return Outcome.Emit(submitted, new HoldPlaced(HoldCode.ChangePending, $"change {c.ChangeId} pending: {routing.Explanation}") { At = ctx.Now, By = ctx.Actor.Id });
        }

        return Outcome.Emit(submitted);
    }

    public static Outcome Decide(Order state, SignedTerms terms, AssessChangeRequest c, DecisionContext ctx)
    {
        if (Open(state, c.ChangeId, CommandKind.AssessChangeRequest) is not { } change)
        {
            return NotPossible(state, c.ChangeId, "assessed");
        }

        var effect = Compute(state, terms, change.Proposal, ctx);
        if (effect.Violation is { } v)
        {
            return Outcome.Reject(v);
        }

        var routing = ctx.Policies.ChangeImpact.Route(ChangeRoutingInput.Of(state), change.Proposal);
        var preview = new ChangePreview(state.Revision, effect.Diff, terms.Contract.Amount, effect.Amount, effect.Installments, state.RequestedDeliveryDate, effect.DeliveryDate, routing);
        return Outcome.Emit(new ChangeRequestAssessed(c.ChangeId, preview) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ApproveChangeRequest c, DecisionContext ctx)
    {
        if (Open(state, c.ChangeId, CommandKind.ApproveChangeRequest) is not { Preview: { } preview } change)
        {
            return NotPossible(state, c.ChangeId, "approved");
        }

        // Separation of duties: the requester never approves (R33), and each approval is a different person (R34).
        var duties = ctx.Policies.SeparationOfDuties;
        if (change.RequestedBy.Equals(ctx.Actor.Id) && duties.Separates(Duty.RequestChange, Duty.ApproveChange))
        {
            return Outcome.Reject(SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.RequestChange, $"requested change {c.ChangeId}", Duty.ApproveChange, "approve it"));
        }

        foreach (var a in change.Approvals)
        {
            if (a.ApprovedBy.Equals(ctx.Actor.Id) && duties.Separates(Duty.ApproveChange, Duty.ApproveChange))
            {
                return Outcome.Reject(SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.ApproveChange, $"approved change {c.ChangeId} as {a.Role}", Duty.ApproveChange, "give it a second approval"));
            }
        }

        foreach (var role in preview.Routing.Approvers)
        {
            if (!change.HasApproval(role) && ctx.Actor.HasRole(role))
            {
                return Outcome.Emit(new ChangeRequestApproved(c.ChangeId, role, c.Comments ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });
            }
        }

        return Outcome.Reject(ViolationCodes.RoleNotAllowed, $"{ctx.Actor.Name} holds none of the approvals change {c.ChangeId} still needs ({preview.Routing.Explanation}).", "R34");
    }

    public static Outcome Decide(Order state, RejectChangeRequest c, DecisionContext ctx)
    {
        if (Open(state, c.ChangeId, CommandKind.RejectChangeRequest) is null || string.IsNullOrWhiteSpace(c.Reason))
        {
            return NotPossible(state, c.ChangeId, "rejected (a rejection needs a reason)");
        }

        return Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, new ChangeRequestRejected(c.ChangeId, c.Reason) { At = ctx.Now, By = ctx.Actor.Id }));
    }

    public static Outcome Decide(Order state, WithdrawChangeRequest c, DecisionContext ctx) =>
        Open(state, c.ChangeId, CommandKind.WithdrawChangeRequest) is null
            ? NotPossible(state, c.ChangeId, "withdrawn")
            : Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, new ChangeRequestWithdrawn(c.ChangeId) { At = ctx.Now, By = ctx.Actor.Id }));

    public static Outcome Decide(Order state, RecordChangeTest c, DecisionContext ctx)
    {
        if (Open(state, c.ChangeId, CommandKind.RecordChangeTest) is not { Preview.Routing.RequiresTechnicalTest: true })
        {
            return NotPossible(state, c.ChangeId, "tested (only an assessed change that needs a technical test)");
        }

        var tested = new ChangeTested(c.ChangeId, c.Passed, c.Notes ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id };
        return c.Passed
            ? Outcome.Emit(tested)
            : Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, tested, new ChangeRequestRejected(c.ChangeId, "technical test failed: " + c.Notes) { At = ctx.Now, By = ctx.Actor.Id }));
    }

    public static Outcome Decide(Order state, ConfirmChangeByCustomer c, DecisionContext ctx)
    {
        if (Open(state, c.ChangeId, CommandKind.ConfirmChangeByCustomer) is not { Preview: { Routing.RequiresCustomerConfirmation: true } preview } change)
        {
            return NotPossible(state, c.ChangeId, "confirmed by the customer");
        }

        // A change that needs no technical test (R28's change list after a lower grade) is confirmed without one.
        return change.TestPassed == true || !preview.Routing.RequiresTechnicalTest
            ? Outcome.Emit(new ChangeConfirmedByCustomer(c.ChangeId) { At = ctx.Now, By = ctx.Actor.Id })
            : Outcome.Reject(ViolationCodes.ChangeNotTested, $"Change {c.ChangeId} must pass the technical test before the customer confirms it.", "R35");
    }

    public static Outcome Decide(Order state, SignedTerms terms, ApplyChangeRequest c, DecisionContext ctx)
    {
        if (Find(state, c.ChangeId) is not { Status: ChangeStatus.Approved, Preview: { } preview } change)
        {
            return NotPossible(state, c.ChangeId, "applied (only an approved change)");
        }

        var effect = Compute(state, terms, change.Proposal, ctx);
        if (effect.Violation is { } v)
        {
            return Outcome.Reject(v);
        }

        if (effect.Diff != preview.Diff || effect.Amount != preview.ContractAmountAfter)
        {
            return Outcome.Reject(ViolationCodes.ChangeConflict, $"Change {c.ChangeId} was assessed on revision {preview.BaseRevision}; the order changed since (revision {state.Revision}): assess it again.", "R33");
        }

        var approvers = new List<ActorId>();
        foreach (var a in change.Approvals)
        {
            approvers.Add(a.ApprovedBy);
        }

        var record = new ChangeRecord(state.Revision + 1, change.Id, change.Proposal.Kind, change.Reason, change.RequestedBy, ValueList<ActorId>.From(approvers), ctx.Actor.Id, ctx.Now, effect.Diff, effect.Amount - terms.Contract.Amount);
        var applied = new ChangeApplied(change.Id, record, effect.Lines, effect.DeliveryDate, effect.Terms, effect.Amount, effect.Installments, effect.QuotedLines) { At = ctx.Now, By = ctx.Actor.Id };
        if (change.Proposal.Kind == ChangeKind.Cancellation)
        {
            var cancelled = CancellationDecider.Cancel(state, change.Reason, Money.Zero(state.Currency), ctx);
            return cancelled.IsRejected ? cancelled : Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, [applied, .. cancelled.Events]));
        }

        // R11: reserved material follows the changed lines.
        var moved = MaterialLedger.Adjust(state, effect.Lines, ctx);

        // R22, R24: a delivery date moved before the plan is flagged at once (the alarm), not refused: the customer and the
        // approvers agreed to it, and production re-plans from there.
        if (change.Proposal.Kind == ChangeKind.DeliveryDate && ProductionDecider.PlanMissesNewDate(state, effect.DeliveryDate, change.Id, ctx) is { } alarm)
        {
            return Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, [applied, .. moved, alarm]));
        }

        return Outcome.Emit(ReleasingHold(state, c.ChangeId, ctx, [applied, .. moved]));
    }

    private readonly record struct Effect(Violation? Violation, ValueList<FieldDiff> Diff, ValueList<OrderLine> Lines, LocalDate? DeliveryDate, PaymentTerms Terms, Money Amount, ValueList<InstallmentAmount> Installments, ValueList<QuotationLine> QuotedLines);

    /// <summary>What the proposal would do to the order now: the diff, the new lines, date, terms and contract amount.</summary>
    private static Effect Compute(Order state, SignedTerms signed, ChangeProposal p, DecisionContext ctx)
    {
        Effect Fail(string message) => new(Violation.Of(ViolationCodes.InvalidInput, message, "R33"), default, default, null, state.PaymentTerms, default, default, default);
        var contract = signed.Contract;
        var lines = new List<OrderLine>(state.Lines);
        var quoted = new List<QuotationLine>(signed.Quotation.Lines);
        var diff = new List<FieldDiff>();
        var date = state.RequestedDeliveryDate;
        var terms = state.PaymentTerms;
        var delta = Money.Zero(state.Currency);
        var index = p.Line is { } id ? lines.FindIndex(l => l.Id.Equals(id)) : -1;
        var qi = p.Line is { } qid ? quoted.FindIndex(l => l.Line.Equals(qid)) : -1;
        var needsLine = p.Kind is ChangeKind.Quantity or ChangeKind.UnitPrice or ChangeKind.LineRemoved or ChangeKind.Specification;
        if (needsLine && (index < 0 || qi < 0))
        {
            return Fail($"A {p.Kind} change names an existing line ({p.Line}).");
        }

        switch (p.Kind)
        {
            case ChangeKind.Quantity:
                {
                    var line = lines[index];
                    if (p.NewQuantity is not { } q || !q.Unit.Equals(line.Quantity.Unit) || q.Value <= 0m || q == line.Quantity)
                    {
                        return Fail($"A quantity change needs a new positive quantity in {line.Quantity.Unit}, different from {line.Quantity}.");
                    }

                    var ql = quoted[qi];
                    var amount = ctx.Policies.Rounding.Apply(ql.Amount.Amount * q.Value / ql.Quantity.Value, state.Currency);
                    delta = amount - ql.Amount;
                    diff.Add(new FieldDiff($"line {line.Id} quantity", line.Quantity.ToString(), q.ToString()));
                    lines[index] = line.WithQuantity(q);
                    quoted[qi] = ql with { Quantity = q, Amount = amount };
                    break;
                }

            case ChangeKind.UnitPrice:
                {
                    var line = lines[index];
                    if (p.NewUnitPrice is not { } price || !price.Currency.Equals(state.Currency) || price.IsNegative || price == quoted[qi].UnitPrice)
                    {
                        return Fail($"A price change needs a new non-negative unit price in {state.Currency}, different from {quoted[qi].UnitPrice}.");
                    }

                    var ql = quoted[qi];
                    var amount = ctx.Policies.Rounding.Apply(price.Amount * ql.Quantity.Value * (1m - ql.Discount.Fraction) * (1m + ql.Surcharge.Fraction), state.Currency);
                    delta = amount - ql.Amount;
                    diff.Add(new FieldDiff($"line {line.Id} unit price", ql.UnitPrice.ToString(), price.ToString()));
                    lines[index] = line.WithUnitPrice(price);
                    quoted[qi] = ql with { UnitPrice = price, Amount = amount };
                    break;
                }

            case ChangeKind.DeliveryDate:
                if (p.NewDeliveryDate is not { } d || d == date || d < state.DateAt(ctx.Now))
                {
                    return Fail("A delivery date change needs a new date, not in the past.");
                }

                diff.Add(new FieldDiff("delivery date", date is { } old ? LocalDatePattern.Iso.Format(old) : "open", LocalDatePattern.Iso.Format(d)));
                date = d;
                break;

            case ChangeKind.LineAdded:
                {
                    if (p.NewLine is not { UnitPrice: { } price } line || lines.Exists(l => l.Id.Equals(line.Id)) || !price.Currency.Equals(state.Currency))
                    {
                        return Fail($"An added line needs a new id and a unit price in {state.Currency}.");
                    }

                    var amount = ctx.Policies.Rounding.Apply(price.Amount * line.Quantity.Value, state.Currency);
                    delta = amount;
                    diff.Add(new FieldDiff($"line {line.Id}", "-", $"{line.Quantity} {line.Product} at {price}"));
                    lines.Add(line);
                    quoted.Add(new QuotationLine(line.Id, line.Quantity, price, Percentage.Zero, Percentage.Zero, amount));
                    break;
                }

            case ChangeKind.LineRemoved:
                // The lifecycle ends change requests at Inspected, before any dispatch; the shipped check states the rule
                // (R33) should the table ever allow changes later.
                // Stryker disable once Equality : equivalent: no line has shipped while change requests are possible.
                if (lines.Count == 1 || state.ShippedQuantity(lines[index].Id) > 0m)
                {
                    return Fail("The last line, or a line already shipped, cannot be removed; cancel the order or return the goods instead.");
                }

                delta = -quoted[qi].Amount;
                diff.Add(new FieldDiff($"line {lines[index].Id}", $"{lines[index].Quantity} {lines[index].Product}", "-"));
                lines.RemoveAt(index);
                quoted.RemoveAt(qi);
                break;

            case ChangeKind.Specification:
                if (p.Area is not { } area || string.IsNullOrWhiteSpace(p.NewSpecification) || p.NewSpecification == lines[index].Specification)
                {
                    return Fail("A specification change names its area (hardware, software, packaging) and the new specification.");
                }

                diff.Add(new FieldDiff($"line {lines[index].Id} specification ({area})", lines[index].Specification, p.NewSpecification));
                lines[index] = lines[index].WithSpecification(p.NewSpecification);
                break;

            case ChangeKind.PaymentTerms:
                if (p.NewPaymentTerms is not { } t || t == terms)
                {
                    return Fail("A payment terms change needs new terms.");
                }

                diff.Add(new FieldDiff("payment terms", Describe(terms), Describe(t)));
                terms = t;
                break;

            case ChangeKind.Cancellation:
                diff.Add(new FieldDiff("status", state.Status.ToString(), OrderStatus.Cancelled.ToString()));
                break;
        }

        var amountAfter = contract.Amount + delta;
        if (amountAfter.IsNegative)
        {
            return Fail("A change cannot make the contract amount negative.");
        }

        return new Effect(null, ValueList<FieldDiff>.From(diff), ValueList<OrderLine>.From(lines), date, terms, amountAfter, terms.AmountsFor(amountAfter), ValueList<QuotationLine>.From(quoted));
    }

    private static string Describe(PaymentTerms t)
    {
        var parts = new List<string>();
        foreach (var i in t.Installments)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{i.Name} {i.Share} {i.Due}"));
        }

        return t.Instrument + ": " + string.Join(", ", parts);
    }

    private static OrderEvent[] ReleasingHold(Order state, string changeId, DecisionContext ctx, params OrderEvent[] events)
    {
        if (state.Hold is { Code: HoldCode.ChangePending } hold && hold.Reason.StartsWith($"change {changeId} ", System.StringComparison.Ordinal))
        {
            return [.. events, new HoldReleased(HoldCode.ChangePending, $"change {changeId} decided") { At = ctx.Now, By = ctx.Actor.Id }];
        }

        return events;
    }

    private static ChangeRequest? Find(Order state, string id)
    {
        foreach (var c in state.ChangeRequests)
        {
            if (c.Id == id)
            {
                return c;
            }
        }

        return null;
    }

    private static ChangeRequest? Open(Order state, string id, CommandKind kind) =>
        Find(state, id) is { } c && !ChangeRequestLifecycle.Definition.From(c.Status, kind).IsEmpty ? c : null;

    private static Outcome NotPossible(Order state, string id, string what) =>
        Find(state, id) is { } c
            ? Outcome.Reject(ViolationCodes.TransitionNotAllowed, $"Change {id} is {c.Status} and cannot be {what}.", "R33")
            : Outcome.Reject(ViolationCodes.InvalidInput, $"There is no change {id}.", "R33");

    public static Order Apply(Order s, ChangeRequestSubmitted e) => s with
    {
        ChangeRequests = s.ChangeRequests.Add(new ChangeRequest { Id = e.ChangeId, Proposal = e.Proposal, Reason = e.Reason, RequestedBy = e.By, RequestedAt = e.At, Status = ChangeStatus.Submitted }, s.Fold),
    };

    public static Order Apply(Order s, ChangeRequestAssessed e) => Update(s, e.ChangeId, c => Settle(c with { Preview = e.Preview, Status = ChangeStatus.UnderAssessment }));

    public static Order Apply(Order s, ChangeRequestApproved e) => Update(s, e.ChangeId, c => Settle(c with { Approvals = c.Approvals.Add(new ChangeApproval(e.Role, e.By, e.At, e.Comments)) }));

    public static Order Apply(Order s, ChangeTested e) => Update(s, e.ChangeId, c => Settle(c with { TestPassed = e.Passed }));

    public static Order Apply(Order s, ChangeConfirmedByCustomer e) => Update(s, e.ChangeId, c => Settle(c with { CustomerConfirmed = true }));

    public static Order Apply(Order s, ChangeRequestRejected e) => Update(s, e.ChangeId, c => c with { Status = ChangeStatus.Rejected, RejectionReason = e.Reason });

    public static Order Apply(Order s, ChangeRequestWithdrawn e) => Update(s, e.ChangeId, c => c with { Status = ChangeStatus.Withdrawn });

    public static Order Apply(Order s, SignedTerms terms, ChangeApplied e)
    {
        var updated = Update(s, e.ChangeId, c => c with { Status = ChangeStatus.Applied });
        return updated with
        {
            Changes = updated.Changes with { Revision = e.Record.Revision, Log = s.ChangeLog.Add(e.Record, s.Fold) },
            Lines = e.Lines,
            RequestedDeliveryDate = e.DeliveryDate,
            PaymentTerms = e.PaymentTerms,
            Contract = terms.Contract.Amended(e.ContractAmount, e.Installments),
            Quotation = terms.Quotation with { Lines = e.QuotedLines, Total = e.ContractAmount },
        };
    }

    private static ChangeRequest Settle(ChangeRequest c) => c.Status == ChangeStatus.UnderAssessment && c.IsFullyApproved ? c with { Status = ChangeStatus.Approved } : c;

    private static Order Update(Order s, string id, System.Func<ChangeRequest, ChangeRequest> f)
    {
        for (var i = 0; i < s.ChangeRequests.Count; i++)
        {
            if (s.ChangeRequests[i].Id == id)
            {
                return s with { ChangeRequests = s.ChangeRequests.SetItem(i, f(s.ChangeRequests[i])) };
            }
        }

        throw new System.ArgumentException($"Change {id} does not exist.", nameof(id));
    }
}
