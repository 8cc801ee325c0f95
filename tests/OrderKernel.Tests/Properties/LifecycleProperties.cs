using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// Invariants of the decider over random command sequences (issue 3 properties a–e): the steps are drawn from
/// <see cref="CommandPool"/>, issued mostly by the expected actor and sometimes by anyone, at increasing instants.
/// </summary>
public class LifecycleProperties
{
    internal sealed record Step(int Command, int Actor, bool ExpectedActor, int Minutes, bool Progress);

    /// <summary>Sequences of 1 to 50 steps; a failing sequence shrinks by halving it and by dropping single steps.</summary>
    internal static Arbitrary<Step[]> Sequences() =>
        Arb.From(
            from length in Gen.Choose(1, 50)
            from steps in (from c in Gen.Choose(0, CommandPool.Entries.Length - 1)
                           from a in Gen.Choose(0, Actors.All.Length - 1)
                           from expected in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
                           from m in Gen.Choose(1, 600)
                           from progress in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
                           select new Step(c, a, expected, m, progress)).ArrayOf(length)
            select steps,
            Shrink);

    /// <summary>Shrinks a sequence by halving it, then by dropping one step at a time (shared by the sequence properties).</summary>
    internal static IEnumerable<T[]> Shrink<T>(T[] steps)
    {
        if (steps.Length > 1)
        {
            yield return steps[..(steps.Length / 2)];
        }

        for (var i = steps.Length - 1; i >= 0 && steps.Length > 1; i--)
        {
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        }
    }

    /// <summary>Runs a sequence with a progress bias: a progress step issues the first pool entry the current state accepts.</summary>
    internal static IEnumerable<(Order? Before, OrderCommand Command, OneOf.OneOf<Accepted, Rejected> Result, Scenario Scenario)> Run(Step[] steps)
    {
        var s = new Scenario();
        foreach (var step in steps)
        {
            var entry = step.Progress ? FirstAccepted(s, Duration.FromMinutes(step.Minutes)) ?? CommandPool.Entries[step.Command] : CommandPool.Entries[step.Command];
            var actor = step.ExpectedActor ? entry.Actor : Actors.All[step.Actor];
            var before = s.State;
            var command = entry.Make(before, s.Now + Duration.FromMinutes(step.Minutes));
            var result = s.Try(command, actor, Duration.FromMinutes(step.Minutes));
            yield return (before, command, result, s);
        }
    }

    private static CommandPool.Entry? FirstAccepted(Scenario s, Duration after)
    {
        foreach (var entry in CommandPool.Entries)
        {
            var now = s.Now + after;
            var result = OrderDecider.Decide(s.State, entry.Make(s.State, now), DecisionContext.Create(now, entry.Actor, s.Policies));
            if (result.IsT0)
            {
                return entry;
            }
        }

        return null;
    }

    [Fact]
    public void Run_AllProgressSteps_ReachesClosed()
    {
        var steps = Enumerable.Repeat(new Step(0, 0, true, 60, true), 40).ToArray();
        var last = Run(steps).Last().Scenario;
        Assert.Equal(OrderStatus.Closed, last.State!.Status);
    }

    [Property(MaxTest = 300)]
    public Property Replay_OfAcceptedEvents_ReproducesTheDecidedState() =>
        Prop.ForAll(Sequences(), steps =>
        {
            Scenario? last = null;
            foreach (var (_, _, _, s) in Run(steps))
            {
                last = s;
            }

            Assert.Equal(last!.State, OrderDecider.Replay(last.Events));
        });

    [Property(MaxTest = 200)]
    public Property DecideAndEvolve_NeverModifyAStateTheyWereGiven_AndReplayEqualsTheFoldOfEvolve() =>
        Prop.ForAll(Sequences(), steps =>
        {
            // Decide, Evolve and Replay fold into private working copies: every state handed out must stay as it was.
            var seen = new List<(Order State, string Json)>();
            Scenario? last = null;
            foreach (var (_, _, _, s) in Run(steps))
            {
                if (s.State is { } state)
                {
                    seen.Add((state, OrderKernel.Serialization.OrderKernelJson.WriteSnapshot(state)));
                }

                last = s;
            }

            Order? folded = null;
            foreach (var e in last!.Events)
            {
                var before = folded is null ? null : OrderKernel.Serialization.OrderKernelJson.WriteSnapshot(folded);
                var next = OrderDecider.Evolve(folded, e);
                Assert.NotSame(folded, next);
                Assert.Equal(before, folded is null ? null : OrderKernel.Serialization.OrderKernelJson.WriteSnapshot(folded));
                folded = next;
            }

            Assert.Equal(folded, OrderDecider.Replay(last.Events));
            Assert.Equal(last.State, folded);
            foreach (var (state, json) in seen)
            {
                Assert.Equal(json, OrderKernel.Serialization.OrderKernelJson.WriteSnapshot(state));
            }
        });

    [Property(MaxTest = 150)]
    public Property PermittedKinds_AgreeWithPermittedCommands_AndDecideNeverFailsTheGenericChecksForThem() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var (_, command, _, s) in Run(steps))
            {
                foreach (var actor in Actors.All)
                {
                    var ctx = DecisionContext.Create(s.Now, actor, s.Policies);
                    var kinds = OrderDecider.PermittedKinds(s.State, ctx);
                    var entries = OrderDecider.PermittedCommands(s.State, ctx);
                    Assert.Equal(entries.Where(e => e.IsPermitted).Select(e => e.Kind), kinds.ToList());
                }

                // A kind that is not permitted is refused by Decide with the reasons PermittedCommands gives.
                var own = DecisionContext.Create(s.Now, Actors.All[0], s.Policies);
                if (!OrderDecider.PermittedKinds(s.State, own).Contains(command.Kind))
                {
                    Assert.True(OrderDecider.Decide(s.State, command, own).IsT1);
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Decide_NeverLeavesTheTransitionTable_AndVersionCountsEvents() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var (before, command, result, s) in Run(steps))
            {
                if (result.TryPickT0(out var accepted, out _) && !accepted.IsDuplicate)
                {
                    var from = before?.Status ?? OrderStatus.Draft;
                    Assert.True(OrderLifecycle.Definition.Allows(from, command.Kind, accepted.State.Status), $"{from} --{command.Kind}--> {accepted.State.Status}");
                    Assert.Equal((before?.Version ?? 0) + accepted.Events.Count, accepted.State.Version);
                    Assert.Empty(OrderIntegrity.Check(accepted.State)); // the facts ReadSnapshot checks hold after every decision
                }

                Assert.Equal(s.Events.Count, s.State?.Version ?? 0);
            }
        });

    [Property(MaxTest = 300)]
    public Property Decide_NothingLeavesATerminalStateButWhatTheTableLists() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var (before, command, result, _) in Run(steps))
            {
                if (before is null || !result.TryPickT0(out var accepted, out _))
                {
                    continue;
                }

                switch (before.Status)
                {
                    case OrderStatus.Closed:
                        Assert.Fail($"{command.Kind} was accepted on a closed order.");
                        break;
                    case OrderStatus.Lost:
                        Assert.Equal(CommandKind.CloseOrder, command.Kind);
                        break;
                    case OrderStatus.Cancelled:
                        Assert.Contains(command.Kind, new[] { CommandKind.CloseOrder, CommandKind.ConfirmPayment, CommandKind.RecordRefund });
                        break;
                    case OrderStatus.Completed:
                        Assert.Contains(command.Kind, new[] { CommandKind.CloseOrder, CommandKind.ConfirmPayment, CommandKind.CompleteStep, CommandKind.AssessDelayPenalty, CommandKind.RecordRefund, CommandKind.RecordReturn, CommandKind.IssueInvoice, CommandKind.IssueCreditNote });
                        break;
                }

                Assert.True(accepted.State.Status == before.Status || OrderLifecycle.Definition.Allows(before.Status, command.Kind, accepted.State.Status));
            }
        });

    [Property(MaxTest = 300)]
    public Property Decide_ARejectedCommandLeavesStateAndVersionUnchanged() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var (before, command, result, s) in Run(steps))
            {
                if (result.IsT1)
                {
                    Assert.NotEmpty(result.AsT1.Violations);
                    Assert.Same(before, s.State);
                    Assert.Equal(before, OrderDecider.Replay(s.Events));
                    _ = command;
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Goods_NeverShipWithAnInstallmentDueBeforeShipmentUnpaid_R30() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var (before, command, result, s) in Run(steps))
            {
                if (command.Kind != CommandKind.Ship || !result.IsT0 || result.AsT0.IsDuplicate)
                {
                    continue;
                }

                // At every dispatch: a signed release, and the money due before shipment paid, secured by a valid L/C, or excepted with approval.
                var b = before!;
                Assert.NotNull(b.ShipmentRelease);
                var unpaid = b.Contract!.DueBeforeShipment - b.TotalPaid;
                var today = s.Now.InZone(DateTimeZoneProviders.Tzdb[b.TimeZoneId]).Date;
                Assert.True(
                    !unpaid.IsPositive || b.ShipmentException is not null || (b.LetterOfCredit is { } lc && lc.Amount >= unpaid && today <= lc.Expiry),
                    $"shipped with {unpaid} unpaid");
            }
        });
}
