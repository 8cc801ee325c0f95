using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Internal;
using OrderKernel.Lifecycle;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Quotations;

/// <summary>Quotations: prepare, revise, approve by levels, accept, decline (R8, R12–R13).</summary>
internal static class QuotationDecider
{
    public static Outcome Decide(Order state, PrepareQuotation c, DecisionContext ctx)
    {
        if (c.Sequence <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The quotation sequence value must be positive, not {c.Sequence}.", "R12");
        }

        var priced = Price(state, c.Prices, c.ValidUntil, ctx, out var lines, out var total);
        if (priced.IsRejected)
        {
            return priced;
        }

        var requirement = ctx.Policies.Approval.Require(total, state.Priority);
        var number = ctx.Policies.Numbering.QuotationNumber(c.Sequence, ctx.Now, 1);
        var fingerprint = Fingerprint(lines, total, c.ValidUntil, state);
        return Outcome.Emit(new QuotationPrepared(number, c.Sequence, lines, total, c.ValidUntil, requirement.Levels, requirement.Explanation, fingerprint) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ReviseQuotation c, DecisionContext ctx)
    {
        var q = state.Quotation!;
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A revision needs a reason.", "R13");
        }

        if (QuotationLifecycle.Definition.From(q.Status, CommandKind.ReviseQuotation).IsEmpty)
        {
            return Outcome.Reject(ViolationCodes.TransitionNotAllowed, $"A {q.Status} quotation cannot be revised.", "R13");
        }

        var priced = Price(state, c.Prices, c.ValidUntil, ctx, out var lines, out var total);
        if (priced.IsRejected)
        {
            return priced;
        }

        var revision = q.Revision + 1;
        var requirement = ctx.Policies.Approval.Require(total, state.Priority);
        var number = ctx.Policies.Numbering.QuotationNumber(q.Sequence, q.FirstPreparedAt, revision);
        var fingerprint = Fingerprint(lines, total, c.ValidUntil, state);
        return Outcome.Emit(new QuotationRevised(number, revision, lines, total, c.ValidUntil, requirement.Levels, requirement.Explanation, fingerprint, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ApproveQuotation c, DecisionContext ctx)
    {
        var check = CheckApprover(state.Quotation!, c.Level, CommandKind.ApproveQuotation, ctx);
        if (check is not null)
        {
            return Outcome.Reject(check);
        }

        var q = state.Quotation!;
        return Outcome.Emit(new QuotationApproved(q.Revision, c.Level, q.Fingerprint, c.Comments ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, RejectQuotationApproval c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "Rejecting an approval needs a reason.", "R8");
        }

        var check = CheckApprover(state.Quotation!, c.Level, CommandKind.RejectQuotationApproval, ctx);
        return check is not null
            ? Outcome.Reject(check)
            : Outcome.Emit(new QuotationApprovalRejected(state.Quotation!.Revision, c.Level, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, AcceptQuotation c, DecisionContext ctx)
    {
        _ = c;
        var q = state.Quotation!;
        return Outcome.Emit(new QuotationAccepted(q.Number, q.Total, q.Fingerprint) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(DeclineQuotation c, DecisionContext ctx) =>
        string.IsNullOrWhiteSpace(c.Reason)
            ? Outcome.Reject(ViolationCodes.InvalidInput, "A declined quotation needs its lost reason.", "R13")
            : Outcome.Emit(new QuotationDeclined(c.Reason) { At = ctx.Now, By = ctx.Actor.Id });

    /// <summary>Guard: every required level approved the current content (R8).</summary>
    public static Violation? CheckApproved(Order state)
    {
        var q = state.Quotation;
        if (q is null || q.Status != QuotationStatus.Approved)
        {
            var missing = q?.NextLevel is { } next ? $"; next level: {next}" : string.Empty;
            return Violation.Of(ViolationCodes.QuotationNotApproved, $"Quotation {q?.Number} is {q?.Status}, not approved{missing}.", "R8");
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

        var zone = DateTimeZoneProviders.Tzdb[state.TimeZoneId];
        var expiresAt = q.ExpiresAt(zone);
        return now < expiresAt
            ? null
            : Violation.Of(ViolationCodes.QuotationExpired, $"Quotation {q.Number} was valid until {LocalDatePattern.Iso.Format(q.ValidUntil)} in {state.TimeZoneId}; it expired at {InstantPattern.ExtendedIso.Format(expiresAt)}.", "R13");
    }

    public static Order Evolve(Order s, QuotationPrepared e) => s with
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
            PreparedBy = e.By,
            FirstPreparedAt = e.At,
            RequiredLevels = e.RequiredLevels,
            ApprovalExplanation = e.ApprovalExplanation,
            Fingerprint = e.Fingerprint,
        },
    };

    public static Order Evolve(Order s, QuotationRevised e)
    {
        var q = s.Quotation!;
        return s with
        {
            Quotation = q with
            {
                Number = e.Number,
                Revision = e.Revision,
                Status = e.RequiredLevels.IsEmpty ? QuotationStatus.Approved : QuotationStatus.PendingApproval,
                Lines = e.Lines,
                Total = e.Total,
                ValidUntil = e.ValidUntil,
                PreparedBy = e.By,
                RequiredLevels = e.RequiredLevels,
                ApprovalExplanation = e.ApprovalExplanation,
                Approvals = default,
                Fingerprint = e.Fingerprint,
                RejectionReason = string.Empty,
                History = q.History.Add(new QuotationRevisionSummary(q.Number, q.Total, q.Status, e.Reason)),
            },
        };
    }

    public static Order Evolve(Order s, QuotationApproved e)
    {
        var q = s.Quotation!;
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

    public static Order Evolve(Order s, QuotationApprovalRejected e) =>
        s with { Quotation = s.Quotation! with { Status = QuotationStatus.ApprovalRejected, RejectionReason = e.Reason } };

    public static Order Evolve(Order s, QuotationAccepted e)
    {
        _ = e;
        return s with { Status = OrderStatus.QuotationAccepted, Quotation = s.Quotation! with { Status = QuotationStatus.Accepted } };
    }

    public static Order Evolve(Order s, QuotationDeclined e) =>
        s with { Status = OrderStatus.Lost, Quotation = s.Quotation! with { Status = QuotationStatus.Declined, RejectionReason = e.Reason } };

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

        if (q.PreparedBy.Equals(ctx.Actor.Id))
        {
            return Violation.Of(ViolationCodes.SelfApproval, $"{ctx.Actor.Name} prepared quotation {q.Number} and may not approve it.", "R8");
        }

        return null;
    }

    private static Outcome Price(Order state, ValueList<QuotationPrice> prices, LocalDate validUntil, DecisionContext ctx, out ValueList<QuotationLine> lines, out Money total)
    {
        lines = default;
        total = Money.Zero(state.Currency);
        var v = new List<Violation>();
        var today = ctx.Now.InZone(DateTimeZoneProviders.Tzdb[state.TimeZoneId]).Date;
        if (validUntil < today)
        {
            v.Add(Violation.Of(ViolationCodes.QuotationValidityInPast, $"A quotation cannot be valid until {LocalDatePattern.Iso.Format(validUntil)}: today is {LocalDatePattern.Iso.Format(today)} in {state.TimeZoneId}.", "R13"));
        }

        var result = new QuotationLine[state.Lines.Count];
        for (var i = 0; i < state.Lines.Count; i++)
        {
            var line = state.Lines[i];
            QuotationPrice? found = null;
            var count = 0;
            foreach (var p in prices)
            {
                if (p is not null && p.Line == line.Id)
                {
                    found = p;
                    count++;
                }
            }

            if (count != 1 || found is null)
            {
                v.Add(Violation.Of(ViolationCodes.QuotationLineMismatch, $"Line {line.Id} needs exactly one price, found {count}.", "R13"));
                continue;
            }

            if (!found.UnitPrice.Currency.Equals(state.Currency))
            {
                v.Add(Violation.Of(ViolationCodes.CurrencyMismatch, $"Line {line.Id} is quoted in {found.UnitPrice.Currency}, the order is in {state.Currency}.", "R13"));
                continue;
            }

            if (found.UnitPrice.IsNegative || found.Discount > Percentage.Hundred)
            {
                v.Add(Violation.Of(ViolationCodes.InvalidInput, $"Line {line.Id} has a negative price or a discount above 100 %.", "R13"));
                continue;
            }

            var amount = ctx.Policies.Rounding.Apply(found.UnitPrice.Amount * line.Quantity.Value * (1m - found.Discount.Fraction), state.Currency);
            result[i] = new QuotationLine(line.Id, line.Quantity, found.UnitPrice, found.Discount, amount);
            total += amount;
        }

        if (prices.Count != state.Lines.Count)
        {
            v.Add(Violation.Of(ViolationCodes.QuotationLineMismatch, $"The quotation has {prices.Count} prices for {state.Lines.Count} order lines.", "R13"));
        }

        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        lines = ValueList<QuotationLine>.Of(result);
        return default;
    }

    /// <summary>A stable digest of the content an approval approves: lines, total, validity and payment terms (R8).</summary>
    internal static string Fingerprint(ValueList<QuotationLine> lines, Money total, LocalDate validUntil, Order state)
    {
        var sb = new StringBuilder();
        foreach (var l in lines)
        {
            sb.Append(l.Line).Append('|').Append(l.Quantity.Value.ToString(CultureInfo.InvariantCulture)).Append(l.Quantity.Unit.Code)
              .Append('|').Append(l.UnitPrice.Amount.ToString(CultureInfo.InvariantCulture)).Append('|').Append(l.Discount.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        sb.Append(total.Amount.ToString(CultureInfo.InvariantCulture)).Append(total.Currency.Code).Append(';').Append(LocalDatePattern.Iso.Format(validUntil));
        sb.Append(';').Append(state.RequestedDeliveryDate is { } d ? LocalDatePattern.Iso.Format(d) : "-").Append(';').Append(state.PaymentTerms.Instrument);
        foreach (var i in state.PaymentTerms.Installments)
        {
            sb.Append(';').Append(i.Name).Append(':').Append(i.Share.Value.ToString(CultureInfo.InvariantCulture)).Append(':').Append(i.Due).Append(':').Append(i.Days);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
