using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OrderKernel.Serialization;

namespace OrderKernel.Testing;

/// <summary>
/// The promises the kernel keeps after every decision, whatever the policies and guards, as one call to put in a
/// property: <c>OrderInvariants.Check(before, command, result)</c>. The kernel's own test suite checks every step of its
/// random sequences with it.
/// </summary>
/// <remarks>
/// Checked: the decision is an edge of the (possibly customized) transition table; a refusal names its violations and
/// changes nothing; a duplicate (an idempotency key already applied) changes nothing; the events fold into the state
/// (replay equals state); <c>Version</c> counts the events; the JSON round trip of the state and of every event is the
/// identity (reading a snapshot also runs the kernel's integrity checks); money is conserved (what was paid net of refunds
/// moves only by the payments and refunds decided, and the settlement statement shows each once); nothing ships while
/// money due before shipment is unpaid unless a valid letter of credit secures it or an approved exception allows it (R30).
/// </remarks>
public static class OrderInvariants
{
    private const string PaymentSource = "payment-confirmed.v1";
    private const string RefundSource = "refund-recorded.v1";

    /// <summary>Checks one decision of the standard kernel.</summary>
    /// <param name="before">The state the command was decided against; <see langword="null"/> before the order existed.</param>
    /// <param name="command">The command.</param>
    /// <param name="result">The decision.</param>
    /// <exception cref="InvariantViolationException">An invariant does not hold (all broken ones are listed).</exception>
    public static void Check(Order? before, OrderCommand command, OneOf<Accepted, Rejected> result) =>
        Check(before, command, result, InvariantSettings.Default);

    /// <summary>Checks one decision of a configured kernel.</summary>
    /// <param name="before">The state the command was decided against; <see langword="null"/> before the order existed.</param>
    /// <param name="command">The command.</param>
    /// <param name="result">The decision.</param>
    /// <param name="settings">The lifecycle and policies it was decided with.</param>
    /// <exception cref="InvariantViolationException">An invariant does not hold (all broken ones are listed).</exception>
    public static void Check(Order? before, OrderCommand command, OneOf<Accepted, Rejected> result, InvariantSettings settings)
    {
        var broken = Violations(before, command, result, settings);
        if (broken.Count > 0)
        {
            throw new InvariantViolationException(command, broken);
        }
    }

    /// <summary>Checks one step of a run (<see cref="OrderSequences.Run(IReadOnlyList{SequenceStep})"/>): the decision, and the history the driver kept.</summary>
    /// <param name="step">The step.</param>
    /// <exception cref="InvariantViolationException">An invariant does not hold (all broken ones are listed).</exception>
    public static void Check(SequenceOutcome step)
    {
        Guard.Against.Null(step);
        var broken = Violations(step.Before, step.Command, step.Result, step.Settings).ToList();
        if (step.Result.IsT1 && !ReferenceEquals(step.Before, step.After))
        {
            broken.Add("a refused command changed the state");
        }

        broken.AddRange(HistoryViolations(step.After, step.History, step.Settings));
        if (broken.Count > 0)
        {
            throw new InvariantViolationException(step.Command, broken);
        }
    }

    /// <summary>Checks a history: its replay is the state and the state's version counts its events.</summary>
    /// <param name="state">The state; <see langword="null"/> when there are no events.</param>
    /// <param name="events">All the order's events, in order.</param>
    /// <param name="settings">The lifecycle and policies they were decided with.</param>
    /// <exception cref="InvariantViolationException">An invariant does not hold.</exception>
    public static void CheckHistory(Order? state, IReadOnlyList<OrderEvent> events, InvariantSettings settings)
    {
        var broken = HistoryViolations(state, events, settings);
        if (broken.Count > 0)
        {
            throw new InvariantViolationException(null, broken);
        }
    }

    /// <summary>Lists the invariants one decision breaks (empty when it keeps them all).</summary>
    /// <param name="before">The state the command was decided against; <see langword="null"/> before the order existed.</param>
    /// <param name="command">The command.</param>
    /// <param name="result">The decision.</param>
    /// <param name="settings">The lifecycle and policies it was decided with.</param>
    /// <returns>One sentence per broken invariant.</returns>
    public static IReadOnlyList<string> Violations(Order? before, OrderCommand command, OneOf<Accepted, Rejected> result, InvariantSettings settings)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(settings);
        var broken = new List<string>();
        if (result.TryPickT1(out var rejected, out var accepted))
        {
            if (rejected.Violations.Count == 0 || rejected.Violations.Any(v => string.IsNullOrEmpty(v.Code)))
            {
                broken.Add("a refusal must name its violations, each with a code");
            }

            return broken;
        }

        if (accepted.IsDuplicate)
        {
            if (accepted.Events.Count > 0 || !ReferenceEquals(before, accepted.State))
            {
                broken.Add("a duplicate command must change nothing");
            }

            return broken;
        }

        var state = accepted.State;
        var from = before?.Status ?? OrderStatus.Draft;
        if (!settings.Lifecycle.Allows(from, command.Kind, state.Status))
        {
            broken.Add($"{from} --{command.Kind}--> {state.Status} is not an edge of the transition table");
        }

        CheckVersions(before, accepted, broken);
        CheckFold(before, accepted, settings, broken);
        CheckJson(accepted, broken);
        CheckMoney(before, accepted, settings, broken);
        if (accepted.Events.OfType<OrderShipped>().Any())
        {
            CheckShippedPaid(before, accepted.Events[0].At, broken);
        }

        return broken;
    }

    private static List<string> HistoryViolations(Order? state, IReadOnlyList<OrderEvent> events, InvariantSettings settings)
    {
        Guard.Against.Null(events);
        Guard.Against.Null(settings);
        var broken = new List<string>();
        if ((state?.Version ?? 0) != events.Count)
        {
            broken.Add($"the state's version {state?.Version ?? 0} does not count the {events.Count} events");
        }

        try
        {
            if (!Equals(settings.Replay(events), state))
            {
                broken.Add("the replay of the events is not the state");
            }
        }
        catch (ArgumentException e)
        {
            broken.Add("the events do not replay: " + e.Message);
        }

        return broken;
    }

    private static void CheckVersions(Order? before, Accepted accepted, List<string> broken)
    {
        var version = before?.Version ?? 0;
        if (accepted.State.Version != version + accepted.Events.Count)
        {
            broken.Add($"version {accepted.State.Version} is not {version} + {accepted.Events.Count} events");
        }

        for (var i = 0; i < accepted.Events.Count; i++)
        {
            if (accepted.Events[i].Version != version + i + 1)
            {
                broken.Add($"event {i} carries version {accepted.Events[i].Version}, not {version + i + 1}");
            }
        }
    }

    private static void CheckFold(Order? before, Accepted accepted, InvariantSettings settings, List<string> broken)
    {
        try
        {
            var folded = before;
            foreach (var e in accepted.Events)
            {
                folded = settings.Evolve(folded, e);
            }

            if (!Equals(folded, accepted.State))
            {
                broken.Add("folding the accepted events into the state before does not give the state after (replay differs)");
            }
        }
        catch (ArgumentException e)
        {
            broken.Add("the accepted events do not fold into the state before: " + e.Message);
        }
    }

    private static void CheckJson(Accepted accepted, List<string> broken)
    {
        var snapshot = OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(accepted.State));
        if (snapshot.TryPickT1(out var error, out var read))
        {
            broken.Add("the state's snapshot does not read back: " + error);
        }
        else if (!Equals(read, accepted.State))
        {
            broken.Add("the state's JSON round trip is not the identity");
        }

        foreach (var e in accepted.Events)
        {
            var json = OrderKernelJson.Write(e);
            var back = OrderKernelJson.ReadEvent(json);
            if (!back.TryPickT0(out var evt, out _) || OrderKernelJson.Write(evt) != json)
            {
                broken.Add($"the JSON round trip of {e.GetType().Name} is not the identity");
            }
        }
    }

    private static void CheckMoney(Order? before, Accepted accepted, InvariantSettings settings, List<string> broken)
    {
        var state = accepted.State;
        var paidBefore = before?.TotalPaid.Amount ?? 0m;
        var moved = accepted.Events.OfType<PaymentConfirmed>().Sum(p => p.Amount.Amount) - accepted.Events.OfType<RefundRecorded>().Sum(r => r.Amount.Amount);
        if (state.TotalPaid.Amount != paidBefore + moved)
        {
            broken.Add($"paid net of refunds went from {paidBefore} to {state.TotalPaid.Amount}, but the events moved {moved}");
        }

        var statement = Settlement.Statement(state, settings.Policies);
        var payments = Sum(statement, PaymentSource);
        var refunds = Sum(statement, RefundSource);
        if (payments != -state.Payments.Sum(p => p.Amount.Amount) || refunds != state.Refunds.Sum(r => r.Amount.Amount))
        {
            broken.Add($"the statement shows payments {payments} and refunds {refunds}, not each payment and refund once");
        }

        if (statement.AmountDue.Amount != statement.Lines.Sum(l => l.Amount.Amount))
        {
            broken.Add($"the amount due {statement.AmountDue.Amount} is not the sum of the statement's lines");
        }
    }

    private static void CheckShippedPaid(Order? before, Instant at, List<string> broken)
    {
        if (before?.Contract is not { } contract)
        {
            broken.Add("goods shipped on an order without a contract");
            return;
        }

        if (before.ShipmentRelease is null)
        {
            broken.Add("goods shipped without a signed release (R30)");
        }

        var unpaid = contract.DueBeforeShipment - before.TotalPaid;
        var today = at.InZone(DateTimeZoneProviders.Tzdb[before.TimeZoneId]).Date;
        var secured = before.LetterOfCredit is { } lc && lc.Amount >= unpaid && today <= lc.Expiry
            || before.BankAcceptanceBills.Where(b => b.Status == BillStatus.Accepted && today <= b.MaturityDate).Sum(b => b.Amount.Amount) >= unpaid.Amount;
        if (unpaid.IsPositive && before.ShipmentException is null && !secured)
        {
            broken.Add($"goods shipped with {unpaid} due before shipment unpaid, neither secured nor excepted (R30)");
        }
    }

    private static decimal Sum(SettlementStatement statement, string source) =>
        statement.Lines.Where(l => l.Sources.Any(x => x.StartsWith(source, StringComparison.Ordinal))).Sum(l => l.Amount.Amount);
}
