using System.Collections.Generic;
using NodaTime;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Intake: receive, send back, complete and record (R1–R3).</summary>
internal static class IntakeDecider
{
    public static Outcome Decide(ReceiveOrder c, DecisionContext ctx)
    {
        // The input check has made sure every value is present and in range.
        var v = new List<Violation>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(c.TimeZoneId) is null)
        {
            v.Add(Violation.Of(ViolationCodes.UnknownTimeZone, $"{InputCheck.Quote(c.TimeZoneId)} is not a known IANA time zone.", "R1"));
        }

        if (c.Aql is { } aql && !SamplingPlan.IsStandardAql(aql))
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, $"The AQL {aql.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a standard value of ISO 2859-1 (0.010 to 10).", "R27"));
        }

        ValidateLines(c.Lines, c.Currency, v);
        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        var basis = ClassifyPriority(c, ctx);
        return Outcome.Emit(new OrderReceived(
            c.Customer, c.Channel, c.Priority ?? basis.Classified, c.Currency, c.Lines, c.RequestedDeliveryDate, c.TimeZoneId,
            c.QualityRequirements ?? string.Empty, c.PaymentTerms ?? ctx.Policies.DefaultPaymentTerms)
        {
            PriorityBasis = basis,
            OrderId = c.OrderId,
            Aql = c.Aql,
            At = ctx.Now,
            By = ctx.Actor.Id,
        });
    }

    /// <summary>R4: the priority policy classifies from urgency, amount and importance; a declared priority that differs overrides it.</summary>
    private static PriorityBasis ClassifyPriority(ReceiveOrder c, DecisionContext ctx)
    {
        var receivedOn = ctx.Now.InZone(DateTimeZoneProviders.Tzdb[c.TimeZoneId]).Date;
        var classification = ctx.Policies.Priority.Classify(new PriorityInput(EstimatedAmount(c.Lines, c.Currency, ctx.Policies.Rounding), c.Customer.Tier, receivedOn, c.RequestedDeliveryDate));
        var overridden = c.Priority is { } declared && declared != classification.Priority;
        return new PriorityBasis(classification.Priority, classification.Reasons, overridden ? ctx.Actor.Id : null);
    }

    /// <summary>
    /// R4: the order classified again from new lines and date (completing or revising it), as at its receipt; a host's
    /// override stands (it keeps who overrode, and the priority in force).
    /// </summary>
    internal static PriorityBasis Reclassify(Order state, ValueList<OrderLine> lines, LocalDate? requested, DecisionContext ctx)
    {
        var receivedOn = state.DateAt(state.ReceivedAt);
        var classification = ctx.Policies.Priority.Classify(new PriorityInput(EstimatedAmount(lines, state.Currency, ctx.Policies.Rounding), state.Customer.Tier, receivedOn, requested));
        return new PriorityBasis(classification.Priority, classification.Reasons, state.PriorityBasis?.OverriddenBy);
    }

    private static Money? EstimatedAmount(ValueList<OrderLine> lines, Currency currency, RoundingRule rounding)
    {
        var total = Money.Zero(currency);
        foreach (var line in lines)
        {
            if (line.Amount(rounding) is not { } amount)
            {
                return null;
            }

            total += amount;
        }

        return total;
    }

    public static Outcome Decide(ReturnForCompletion c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "Sending an order back needs a reason.", "R3");
        }

        return Outcome.Emit(new OrderReturnedForCompletion(c.Reason, c.MissingItems) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, CompleteOrderDetails c, DecisionContext ctx)
    {
        var v = new List<Violation>();
        ValidateLines(c.Lines, state.Currency, v);
        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        return Outcome.Emit(new OrderDetailsCompleted(c.Lines, c.RequestedDeliveryDate, c.QualityRequirements ?? string.Empty)
        {
            PriorityBasis = Reclassify(state, c.Lines, c.RequestedDeliveryDate, ctx),
            At = ctx.Now,
            By = ctx.Actor.Id,
        });
    }

    public static Outcome Decide(RecordOrder c, DecisionContext ctx)
    {
        if (c.Sequence <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The order sequence value must be positive, not {c.Sequence}.", "R2");
        }

        var number = ctx.Policies.Numbering.OrderNumber(c.Sequence, ctx.Now);
        return Outcome.Emit(new OrderRecorded(number, c.Sequence) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>R3: every line priced and a delivery date given.</summary>
    public static Violation? CheckComplete(Order state)
    {
        List<string>? missing = null;
        foreach (var line in state.Lines)
        {
            if (line.UnitPrice is null)
            {
                (missing ??= []).Add($"unit price of line {line.Id}");
            }
        }

        if (state.RequestedDeliveryDate is null)
        {
            (missing ??= []).Add("requested delivery date");
        }

        return missing is null
            ? null
            : Violation.Of(ViolationCodes.Incomplete, "The order is incomplete; send it back to the customer for: " + string.Join(", ", missing) + ".", "R3");
    }

    public static void ValidateLines(ValueList<OrderLine> lines, Currency currency, List<Violation> v)
    {
        if (lines.IsEmpty)
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, "An order needs at least one line.", "R1"));
            return;
        }

        var ids = new HashSet<LineId>();
        foreach (var line in lines)
        {
            if (!ids.Add(line.Id))
            {
                v.Add(Violation.Of(ViolationCodes.InvalidInput, $"Line id {line.Id} appears twice.", "R1"));
            }

            if (line.UnitPrice is { } price && !price.Currency.Equals(currency))
            {
                v.Add(Violation.Of(ViolationCodes.CurrencyMismatch, $"Line {line.Id} is priced in {price.Currency}, the order in {currency}.", "R1"));
            }
        }
    }

    public static Order Create(OrderReceived e) => new()
    {
        Id = e.OrderId,
        Status = OrderStatus.Received,
        Customer = e.Customer,
        Channel = e.Channel,
        Priority = e.Priority,
        PriorityBasis = e.PriorityBasis,
        Currency = e.Currency,
        Lines = e.Lines,
        RequestedDeliveryDate = e.RequestedDeliveryDate,
        TimeZoneId = e.TimeZoneId,
        QualityRequirements = e.QualityRequirements,
        Aql = e.Aql,
        PaymentTerms = e.PaymentTerms,
        ReceivedAt = e.At,
    };

    public static Order Apply(Order s, OrderReturnedForCompletion e) =>
        s with { Status = OrderStatus.AwaitingCompletion, CompletionRequest = new CompletionRequest(e.Reason, e.MissingItems, e.At) };

    public static Order Apply(Order s, OrderDetailsCompleted e) => s with
    {
        Status = OrderStatus.Received,
        Intake = Reclassified(s.Intake, e.PriorityBasis) with { CompletionRequest = null, Lines = e.Lines, RequestedDeliveryDate = e.RequestedDeliveryDate, QualityRequirements = e.QualityRequirements },
    };

    /// <summary>The intake with a new classification (R4): the priority follows it unless a host overrode it.</summary>
    internal static IntakeState Reclassified(IntakeState intake, PriorityBasis? basis) =>
        basis is null ? intake : intake with { PriorityBasis = basis, Priority = basis.Overridden ? intake.Priority : basis.Classified };

    public static Order Apply(Order s, OrderRecorded e) =>
        s with { Status = OrderStatus.Recorded, Registration = new Registration(e.OrderNumber, e.Sequence, e.At) };
}
