using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Quotations: prepare, revise, approve by levels, accept, decline (R8, R12–R13).</summary>
internal static class QuotationDecider
{
    public static Outcome Decide(Order state, PrepareQuotation c, DecisionContext ctx)
    {
        if (c.Sequence <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The quotation sequence value must be positive, not {c.Sequence}.", "R12");
        }

        var q = Quote(state, c.Prices, c.ValidUntil, ctx);
        if (q.Outcome.IsRejected)
        {
            return q.Outcome;
        }

        var number = ctx.Policies.Numbering.QuotationNumber(c.Sequence, ctx.Now, 1);
        return Outcome.Emit(new QuotationPrepared(number, c.Sequence, q.Lines, q.Total, c.ValidUntil, q.DeliveryDate, q.Acceptance, q.Approval.Levels, q.Approval.Explanation, q.Fingerprint) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Quotation current, ReviseQuotation c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A revision needs a reason.", "R13");
        }

        if (QuotationLifecycle.Definition.From(current.Status, CommandKind.ReviseQuotation).IsEmpty)
        {
            return Outcome.Reject(ViolationCodes.TransitionNotAllowed, $"A {current.Status} quotation cannot be revised.", "R13");
        }

        var q = Quote(state, c.Prices, c.ValidUntil, ctx);
        if (q.Outcome.IsRejected)
        {
            return q.Outcome;
        }

        // An approver who prepares a revision of the content he approved does not keep an approval of his own work: the
        // approvals of that content are withdrawn and the revision is approved afresh (R8, separation of duties).
        var withdrawn = KeepsApprovals(current, q.Fingerprint, q.Approval.Levels)
            && HasApproved(current, ctx.Actor.Id) is not null
            && ctx.Policies.SeparationOfDuties.Separates(Duty.ApproveQuotation, Duty.PrepareQuotation);
        var revision = current.Revision + 1;
        var number = ctx.Policies.Numbering.QuotationNumber(current.Sequence, current.FirstPreparedAt, revision);
        return Outcome.Emit(new QuotationRevised(number, revision, q.Lines, q.Total, c.ValidUntil, q.DeliveryDate, q.Acceptance, q.Approval.Levels, q.Approval.Explanation, q.Fingerprint, c.Reason) { At = ctx.Now, By = ctx.Actor.Id, ApprovalsWithdrawn = withdrawn });
    }

    public static Outcome Decide(Order state, Quotation q, ApproveQuotation c, DecisionContext ctx)
    {
        var check = CheckApprover(q, c.Level, CommandKind.ApproveQuotation, ctx);
        if (check is not null)
        {
            return Outcome.Reject(check);
        }

        return Outcome.Emit(new QuotationApproved(q.Revision, c.Level, q.Fingerprint, c.Comments ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Quotation q, RejectQuotationApproval c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "Rejecting an approval needs a reason.", "R8");
        }

        var check = CheckApprover(q, c.Level, CommandKind.RejectQuotationApproval, ctx);
        return check is not null
            ? Outcome.Reject(check)
            : Outcome.Emit(new QuotationApprovalRejected(q.Revision, c.Level, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Quotation q, AcceptQuotation c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(new QuotationAccepted(q.Number, q.Total, q.Fingerprint) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, DeclineQuotation c, DecisionContext ctx) =>
        string.IsNullOrWhiteSpace(c.Reason)
            ? Outcome.Reject(ViolationCodes.InvalidInput, "A declined quotation needs its lost reason.", "R13")
            : Outcome.Emit([new QuotationDeclined(c.Reason) { At = ctx.Now, By = ctx.Actor.Id }, .. MaterialLedger.ReleaseAll(state, ctx)]); // R11: a lost order releases its material

    /// <summary>Guard: every required level approved the current content (R8).</summary>
    public static Violation? CheckApproved(Order state)
    {
        var q = state.Quotation;
        if (q is null || q.Status != QuotationStatus.Approved)
        {
            return Violation.Deferred(
                ViolationCodes.QuotationNotApproved,
                "R8",
                q,
                static q => $"Quotation {q?.Number} is {q?.Status}, not approved{(q?.NextLevel is { } next ? $"; next level: {next}" : string.Empty)}.");
        }

        return null;
    }

    /// <summary>Guard: the validity date has not ended in the customer's time zone.</summary>
    public static Violation? CheckNotExpired(Order state, Instant now)
    {
        var q = state.Quotation;
        if (q is null)
        {
            return Violation.Of(ViolationCodes.QuotationNotApproved, "There is no quotation.", "R13");
        }

        var zone = state.Zone;
        var expiresAt = q.ExpiresAt(zone);
        return now < expiresAt
            ? null
            : Violation.Deferred(
                ViolationCodes.QuotationExpired,
                "R13",
                (q, state.TimeZoneId, expiresAt),
                static s => $"Quotation {s.q.Number} was valid until {LocalDatePattern.Iso.Format(s.q.ValidUntil)} in {s.TimeZoneId}; it expired at {InstantPattern.ExtendedIso.Format(s.expiresAt)}.");
    }

    public static Order Apply(Order s, QuotationPrepared e) => s with
    {
        Status = OrderStatus.Quoted,
        Quotation = new Quotation
        {
            Number = e.Number,
            Sequence = e.Sequence,
            Revision = 1,
            Status = e.RequiredLevels.IsEmpty ? QuotationStatus.Approved : QuotationStatus.PendingApproval,
            Lines = e.Lines,
            Total = e.Total,
            ValidUntil = e.ValidUntil,
            DeliveryDate = e.DeliveryDate,
            Acceptance = e.Acceptance,
            PreparedBy = e.By,
            FirstPreparedAt = e.At,
            RequiredLevels = e.RequiredLevels,
            ApprovalExplanation = e.ApprovalExplanation,
            Fingerprint = e.Fingerprint,
        },
    };

    public static Order Apply(Order s, Quotation q, QuotationRevised e)
    {
        // Approvals are bound to the content they approved: they survive a revision only when that content is unchanged,
        // and not when the reviser approved it himself (the decision recorded that in the event).
        var approvals = !e.ApprovalsWithdrawn && KeepsApprovals(q, e.Fingerprint, e.RequiredLevels) ? q.Approvals : default;
        return s with
        {
            Quotation = q with
            {
                Number = e.Number,
                Revision = e.Revision,
                Status = approvals.Count >= e.RequiredLevels.Count ? QuotationStatus.Approved : QuotationStatus.PendingApproval,
                Lines = e.Lines,
                Total = e.Total,
                ValidUntil = e.ValidUntil,
                DeliveryDate = e.DeliveryDate,
                Acceptance = e.Acceptance,
                PreparedBy = e.By,
                RequiredLevels = e.RequiredLevels,
                ApprovalExplanation = e.ApprovalExplanation,
                Approvals = approvals,
                Fingerprint = e.Fingerprint,
                RejectionReason = string.Empty,
                History = q.History.Add(new QuotationRevisionSummary(q.Number, q.Total, q.Status, e.Reason)),
            },
        };
    }

    public static Order Apply(Order s, Quotation q, QuotationApproved e)
    {
        var approvals = q.Approvals.Add(new QuotationApproval(e.Level, e.By, e.At, e.Fingerprint, e.Comments));
        return s with
        {
            Quotation = q with
            {
                Approvals = approvals,
                Status = approvals.Count >= q.RequiredLevels.Count ? QuotationStatus.Approved : QuotationStatus.PendingApproval,
            },
        };
    }

    public static Order Apply(Order s, Quotation q, QuotationApprovalRejected e) =>
        s with { Quotation = q with { Status = QuotationStatus.ApprovalRejected, RejectionReason = e.Reason } };

    public static Order Apply(Order s, Quotation q, QuotationAccepted e)
    {
        _ = e;

        // The accepted quotation fixes the contract terms: its delivery date (with any extra lead time, R9) becomes the order's.
        return s with
        {
            Status = OrderStatus.QuotationAccepted,
            RequestedDeliveryDate = q.DeliveryDate ?? s.RequestedDeliveryDate,
            Quotation = q with { Status = QuotationStatus.Accepted },
        };
    }

    public static Order Apply(Order s, Quotation q, QuotationDeclined e) =>
        s with { Status = OrderStatus.Lost, Quotation = q with { Status = QuotationStatus.Declined, RejectionReason = e.Reason } };

    private static Violation? CheckApprover(Quotation q, ApprovalLevel level, CommandKind kind, DecisionContext ctx)
    {
        if (QuotationLifecycle.Definition.From(q.Status, kind).IsEmpty)
        {
            return Violation.Of(ViolationCodes.TransitionNotAllowed, $"Quotation {q.Number} is {q.Status}: nothing to approve.", "R8");
        }

        if (q.NextLevel != level)
        {
            return Violation.Of(ViolationCodes.ApprovalLevelNotExpected, $"Quotation {q.Number} awaits {q.NextLevel} approval, not {level} ({q.ApprovalExplanation}).", "R8");
        }

        if (!ctx.Policies.Authorization.CanApprove(ctx.Actor, level))
        {
            return Violation.Of(ViolationCodes.RoleNotAllowed, $"{ctx.Actor.Name} may not approve at the {level} level.", "R8");
        }

        // Separation of duties (R8): not the preparer of the revision, and one person per level.
        var duties = ctx.Policies.SeparationOfDuties;
        var verb = kind == CommandKind.ApproveQuotation ? "approve" : "reject";
        if (q.PreparedBy.Equals(ctx.Actor.Id) && duties.Separates(Duty.PrepareQuotation, Duty.ApproveQuotation))
        {
            return SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.PrepareQuotation, $"prepared quotation {q.Number}", Duty.ApproveQuotation, $"{verb} it at the {level} level");
        }

        if (HasApproved(q, ctx.Actor.Id) is { } own && duties.Separates(Duty.ApproveQuotation, Duty.ApproveQuotation))
        {
            return SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.ApproveQuotation, $"approved quotation {q.Number} at the {own.Level} level", Duty.ApproveQuotation, $"also {verb} it at the {level} level");
        }

        return null;
    }

    /// <summary>Whether a revision with this fingerprint and these levels keeps the approvals of the current content.</summary>
    private static bool KeepsApprovals(Quotation q, string fingerprint, ValueList<ApprovalLevel> levels) =>
        fingerprint == q.Fingerprint && levels == q.RequiredLevels;

    /// <summary>The approval the actor gave to the current revision, if any.</summary>
    private static QuotationApproval? HasApproved(Quotation q, ActorId actor)
    {
        foreach (var a in q.Approvals)
        {
            if (a.ApprovedBy.Equals(actor))
            {
                return a;
            }
        }

        return null;
    }

    private readonly record struct Quoted(Outcome Outcome, ValueList<QuotationLine> Lines, Money Total, LocalDate? DeliveryDate, AcceptanceDecision Acceptance, ApprovalRequirement Approval, string Fingerprint);

    private static Quoted Quote(Order state, ValueList<QuotationPrice> prices, LocalDate validUntil, DecisionContext ctx)
    {
        var acceptance = ctx.Policies.Acceptance.Assess(AcceptanceInput.Of(state));
        if (acceptance.Outcome == AcceptanceOutcome.Decline)
        {
            return new Quoted(Outcome.Reject(ViolationCodes.AcceptanceDeclined, acceptance.Explanation, "R9"), default, default, null, acceptance, default, string.Empty);
        }

        var v = new List<Violation>();
        var today = state.DateAt(ctx.Now);
        if (validUntil < today)
        {
            v.Add(Violation.Of(ViolationCodes.QuotationValidityInPast, $"A quotation cannot be valid until {LocalDatePattern.Iso.Format(validUntil)}: today is {LocalDatePattern.Iso.Format(today)} in {state.TimeZoneId}.", "R13"));
        }

        var found = new QuotationPrice[state.Lines.Count];
        var exact = new decimal[state.Lines.Count];
        var largestDiscount = Percentage.Zero;
        var surcharge = acceptance.Outcome == AcceptanceOutcome.AcceptWithTerms ? acceptance.Surcharge : Percentage.Zero;
        // The prices by line, once: each line then finds its price (the last given) and how many there were without a search.
        var byLine = new Dictionary<LineId, (QuotationPrice Last, int Count)>(prices.Count);
        foreach (var p in prices)
        {
            byLine[p.Line] = (p, byLine.GetValueOrDefault(p.Line).Count + 1); // the input check refused missing prices and lines
        }

        for (var i = 0; i < state.Lines.Count; i++)
        {
            var line = state.Lines[i];
            var (last, count) = byLine.GetValueOrDefault(line.Id);
            found[i] = last;

            if (count != 1)
            {
                v.Add(Violation.Of(ViolationCodes.QuotationLineMismatch, $"Line {line.Id} needs exactly one price, found {count}.", "R13"));
                continue;
            }

            var price = found[i];
            if (!price.UnitPrice.Currency.Equals(state.Currency))
            {
                v.Add(Violation.Of(ViolationCodes.CurrencyMismatch, $"Line {line.Id} must be quoted in {state.Currency}.", "R13"));
                continue;
            }

            if (price.UnitPrice.IsNegative)
            {
                v.Add(Violation.Of(ViolationCodes.InvalidInput, $"Line {line.Id} has a negative price.", "R13"));
                continue;
            }

            largestDiscount = price.Discount > largestDiscount ? price.Discount : largestDiscount;
            exact[i] = price.UnitPrice.Amount * line.Quantity.Value * (1m - price.Discount.Fraction) * (1m + surcharge.Fraction);
        }

        if (prices.Count != state.Lines.Count)
        {
            v.Add(Violation.Of(ViolationCodes.QuotationLineMismatch, $"The quotation has {prices.Count} prices for {state.Lines.Count} order lines.", "R13"));
        }

        if (!ctx.Policies.Approval.HasLimitsFor(state.Currency))
        {
            v.Add(Violation.Of(ViolationCodes.ApprovalLimitMissing, $"The approval policy has no limits for {state.Currency.Code}; amounts are not compared across currencies: set limits for {state.Currency.Code} (ApprovalPolicyOptions.Limits).", "R8"));
        }

        if (v.Count > 0)
        {
            return new Quoted(Outcome.Reject(ValueList<Violation>.From(v)), default, default, null, acceptance, default, string.Empty);
        }

        var amounts = Round(exact, state.Currency, ctx.Policies);
        var lines = new QuotationLine[state.Lines.Count];
        var total = Money.Zero(state.Currency);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = state.Lines[i];
            lines[i] = new QuotationLine(line.Id, line.Quantity, found[i].UnitPrice, found[i].Discount, surcharge, amounts[i]);
            total += amounts[i];
        }

        var quotedLines = ValueList<QuotationLine>.Of(lines);
        var delivery = state.RequestedDeliveryDate?.PlusDays(acceptance.Outcome == AcceptanceOutcome.AcceptWithTerms ? acceptance.ExtraLeadTimeDays : 0);
        var approval = ctx.Policies.Approval.Require(new ApprovalRequest(total, state.Priority, largestDiscount));
        return new Quoted(default, quotedLines, total, delivery, acceptance, approval, Fingerprint(quotedLines, total, validUntil, delivery, state));
    }

    /// <summary>Rounds exact line amounts per line, or per document with the total allocated back to the lines.</summary>
    private static Money[] Round(decimal[] exact, Currency currency, OrderPolicies policies)
    {
        var result = new Money[exact.Length];
        if (policies.QuotationRounding == AmountRounding.PerLine)
        {
            for (var i = 0; i < exact.Length; i++)
            {
                result[i] = policies.Rounding.Apply(exact[i], currency);
            }

            return result;
        }

        var sum = 0m;
        foreach (var x in exact)
        {
            sum += x;
        }

        var total = policies.Rounding.Apply(sum, currency);
        if (sum == 0m)
        {
            System.Array.Fill(result, Money.Zero(currency));
            return result;
        }

        var parts = total.Allocate(exact);
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = parts[i];
        }

        return result;
    }

    /// <summary>A stable digest of the content an approval approves: lines, total, validity and payment terms (R8).</summary>
    internal static string Fingerprint(ValueList<QuotationLine> lines, Money total, LocalDate validUntil, LocalDate? deliveryDate, Order state)
    {
        var sb = new StringBuilder();
        foreach (var l in lines)
        {
            sb.Append(l.Line).Append('|').Append(l.Quantity.Value.ToString(CultureInfo.InvariantCulture)).Append(l.Quantity.Unit.Code)
              .Append('|').Append(l.UnitPrice.Amount.ToString(CultureInfo.InvariantCulture)).Append('|').Append(l.Discount.Value.ToString(CultureInfo.InvariantCulture)).Append('|').Append(l.Surcharge.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        sb.Append(total.Amount.ToString(CultureInfo.InvariantCulture)).Append(total.Currency.Code).Append(';');
        AppendIsoDate(sb, validUntil);
        sb.Append(';');
        if (deliveryDate is { } d)
        {
            AppendIsoDate(sb, d);
        }
        else
        {
            sb.Append('-');
        }

        sb.Append(';').Append(state.PaymentTerms.Instrument);
        foreach (var i in state.PaymentTerms.Installments)
        {
            sb.Append(';').Append(i.Name).Append(':').Append(i.Share.Value.ToString(CultureInfo.InvariantCulture)).Append(':').Append(i.Due).Append(':').Append(i.Days);
        }

        // Hashed from stack or pooled buffers: the digest is the first 12 bytes of SHA-256 over the UTF-8 text, in hex.
        var text = sb.ToString();
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> bytes = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        var length = Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..length], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..12]);
    }

    // The ISO form (uuuu-MM-dd) of LocalDatePattern.Iso, without the pattern machinery for the usual years.
    internal static void AppendIsoDate(StringBuilder sb, LocalDate date)
    {
        if (date.Year is >= 0 and <= 9999)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");
        }
        else
        {
            sb.Append(LocalDatePattern.Iso.Format(date));
        }
    }
}
