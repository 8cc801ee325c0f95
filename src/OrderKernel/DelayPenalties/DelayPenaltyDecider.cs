using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Excusable delays and delay penalty assessment (R39–R40).</summary>
internal static class DelayPenaltyDecider
{
    public static Outcome Decide(RecordExcusableDelay c, DecisionContext ctx)
    {
        if (c.To < c.From || string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "An excusable delay needs a reason and a last day not before its first.", "R40");
        }

        return Outcome.Emit(new ExcusableDelayRecorded(c.Cause, c.From, c.To, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, SignedTerms terms, AssessDelayPenalty c, DecisionContext ctx)
    {
        var zone = state.Zone;
        var today = ctx.Now.InZone(zone).Date;
        if (c.AsOf > today)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A delay cannot be assessed as of {LocalDatePattern.Iso.Format(c.AsOf)}, after today ({LocalDatePattern.Iso.Format(today)} in {state.TimeZoneId}).", "R39");
        }

        foreach (var party in c.ResponsibleParties)
        {
            if (string.IsNullOrWhiteSpace(party))
            {
                return Outcome.Reject(ViolationCodes.InvalidInput, "A responsible party needs a name.", "R39");
            }
        }

        var assessment = Assess(state, terms, c.AsOf, c.ResponsibleParties, zone, ctx.Policies);
        return Outcome.Emit(new DelayPenaltyAssessed(assessment) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>The delay against the contractual date, minus excusable days, priced by the policy.</summary>
    internal static DelayAssessment Assess(Order state, SignedTerms terms, LocalDate asOf, ValueList<string> parties, DateTimeZone zone, OrderPolicies policies)
    {
        var contract = terms.Contract;
        var due = state.RequestedDeliveryDate ?? asOf;
        var delivered = state.Delivery is not null;
        var completion = state.Delivery is { } d ? d.ReceivedAt.InZone(zone).Date : asOf;
        var daysLate = Math.Max(0, Period.Between(due, completion, PeriodUnits.Days).Days);

        // Excused days count between the day after the due date and the completion, each once; when the order is not
        // late, that range is empty and no span remains.
        var spans = new List<ExcusedSpan>();
        var counted = new HashSet<LocalDate>();
        var first = due.PlusDays(1);
        foreach (var x in state.ExcusableDelays)
        {
            var from = LocalDate.Max(x.From, first);
            var to = LocalDate.Min(x.To, completion);
            var days = 0;
            for (var day = from; day <= to; day = day.PlusDays(1))
            {
                days += counted.Add(day) ? 1 : 0;
            }

            if (to >= from)
            {
                spans.Add(new ExcusedSpan(x.Cause, from, to, days, x.Reason));
            }
        }

        var chargeable = daysLate - counted.Count;
        var (undelivered, delayed) = LateValues(state, terms.Quotation, contract.Amount, due, completion, zone, policies.Rounding);
        var input = new PenaltyInput(chargeable, contract.Amount, delayed, undelivered, parties.Count);
        var result = policies.DelayPenalty.Assess(input);
        var trace = policies.DelayPenalty.Explain(input);
        if (!Money.TryOf(result.Amount, contract.Amount.Currency, out var amount))
        {
            amount = policies.Rounding.Apply(result.Amount, contract.Amount.Currency);
            trace = trace.Add(new PenaltyTraceLine($"rounded {policies.Rounding}", chargeable, null, null, amount.Amount, 0m));
        }

        return new DelayAssessment(asOf, due, completion, delivered, daysLate, ValueList<ExcusedSpan>.From(spans), chargeable, parties, amount, result.Points, trace, result.CapReached, result.TerminationThresholdReached);
    }

    /// <summary>
    /// The penalty bases measured at the contractual date (R39): the value not delivered by <paramref name="due"/> (what
    /// was late, delivered since or not) and the value delivered after it, by <paramref name="completion"/>.
    /// </summary>
    /// <remarks>
    /// Every dispatch followed by another is a partial delivery on its own date; the goods of the last dispatch are delivered
    /// when the customer confirms receipt (R38), and not yet while unconfirmed. A quantity's value is its share of the
    /// contract value, weighted by the accepted quotation's net line amounts; quantities beyond a line's quoted quantity add
    /// nothing. One pass over the quoted lines and the shipped lines.
    /// </remarks>
    internal static (Money Undelivered, Money Delayed) LateValues(Order state, Quotation quotation, Money contractValue, LocalDate due, LocalDate completion, DateTimeZone zone, RoundingRule rounding)
    {
        var onTime = new Dictionary<LineId, decimal>();
        var late = new Dictionary<LineId, decimal>();
        var shipments = state.Shipments;
        for (var i = 0; i < shipments.Count; i++)
        {
            LocalDate? deliveredOn = i < shipments.Count - 1 ? shipments[i].ShippedAt.InZone(zone).Date : state.Delivery?.ReceivedAt.InZone(zone).Date;
            if (deliveredOn is not { } day || day > completion)
            {
                continue;
            }

            var into = day <= due ? onTime : late;
            foreach (var l in shipments[i].Lines)
            {
                into[l.Line] = into.GetValueOrDefault(l.Line) + l.Quantity.Value;
            }
        }

        // The accepted quotation prices the order's lines as they stand (an applied change re-quotes them).
        var total = 0m;
        var onTimeValue = 0m;
        var lateValue = 0m;
        foreach (var q in quotation.Lines)
        {
            var ordered = q.Quantity.Value;
            var inTime = Math.Min(onTime.GetValueOrDefault(q.Line), ordered);
            var after = Math.Min(late.GetValueOrDefault(q.Line), ordered - inTime);
            total += q.Amount.Amount;
            onTimeValue += q.Amount.Amount * (inTime / ordered);
            lateValue += q.Amount.Amount * (after / ordered);
        }

        var currency = contractValue.Currency;
        if (total <= 0m)
        {
            return (contractValue, Money.Zero(currency));
        }

        var deliveredInTime = rounding.Apply(contractValue.Amount * (onTimeValue / total), currency);
        var deliveredLate = rounding.Apply(contractValue.Amount * (lateValue / total), currency);
        return (contractValue - deliveredInTime, deliveredLate);
    }

    public static Order Apply(Order s, ExcusableDelayRecorded e) =>
        s with { ExcusableDelays = s.ExcusableDelays.Add(new ExcusableDelay(e.Cause, e.From, e.To, e.Reason, e.By, e.At), s.Fold) };

    public static Order Apply(Order s, DelayPenaltyAssessed e) => s with { DelayPenalty = e.Assessment };
}
