using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// Invariants of the decider over random command sequences (issue 3 properties a–e): the steps are drawn from the kit's
/// <see cref="CommandCatalog"/> by <see cref="OrderSequences"/>, issued mostly by the expected actor and sometimes by
/// anyone, at increasing instants; each step is checked with <see cref="OrderInvariants"/>.
/// </summary>
public class LifecycleProperties
{
    /// <summary>Sequences of 1 to 50 steps from the kit (<see cref="OrderSequences.Arbitrary"/>); a failing sequence shrinks by halving it and by dropping single steps.</summary>
    internal static Arbitrary<SequenceStep[]> Sequences() => OrderSequences.Default.Arbitrary();

    /// <summary>The commands a closed order still takes: its file and its after-sales (R45, R46).</summary>
    internal static readonly CommandKind[] AfterClosing =
        [CommandKind.AttachDocument, CommandKind.RegisterComplaint, CommandKind.ResolveComplaint, CommandKind.OpenExchange, CommandKind.ShipReplacement, CommandKind.RecordRefund];

    /// <summary>Runs a sequence with the kit (<see cref="OrderSequences.Run(IReadOnlyList{SequenceStep})"/>), a progress step issuing the first catalog command the state accepts.</summary>
    internal static IEnumerable<(Order? Before, OrderCommand Command, OneOf.OneOf<Accepted, Rejected> Result, Scenario Scenario)> Run(SequenceStep[] steps)
    {
        var driver = OrderSequences.Default.NewDriver();
        return OrderSequences.Default.Run(steps, driver).Select(o => (o.Before, o.Command, o.Result, driver));
    }

    [Fact]
    public void Run_AllProgressSteps_ReachesClosed()
    {
        var steps = Enumerable.Repeat(new SequenceStep(0, 0, true, 60, true), 40).ToArray();
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

    /// <summary>
    /// <see cref="CommandAvailability.Prerequisite"/> (issue 23): the explained prerequisite is a kind the lifecycle allows
    /// from the current status, one step of it leads to a status allowing the entry's kind, and the entry's reasons are
    /// exactly the prerequisite's own refusal (without the actor's authorization for it) followed by the lifecycle reason;
    /// and a kind the lifecycle refuses without a prerequisite has no refused step leading to it, or an open one.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property PermittedCommands_ExplainedPrerequisite_IsAnAllowedKindRefusedWithExactlyThoseReasons() =>
        Prop.ForAll(Sequences(), steps =>
        {
            var lifecycle = OrderLifecycle.Definition;
            foreach (var (_, _, _, s) in Run(steps))
            {
                var status = s.State?.Status ?? OrderStatus.Draft;
                foreach (var actor in Actors.All)
                {
                    var ctx = DecisionContext.Create(s.Now, actor, s.Policies);
                    var entries = OrderDecider.PermittedCommands(s.State, ctx).ToDictionary(e => e.Kind);
                    List<Violation> StateReasons(CommandKind kind) =>
                        [.. entries[kind].Reasons.Where(r => !r.Equals(ctx.Policies.Authorization.Authorize(actor, OrderDecider.Permission(kind))))];
                    bool Leads(CommandKind step, CommandKind kind) =>
                        lifecycle.Transitions.Any(t => t.From == status && t.Trigger == step && !lifecycle.From(t.To, kind).IsEmpty);
                    foreach (var entry in entries.Values)
                    {
                        var openers = lifecycle.TriggersFrom(status).ToArray().Where(p => Leads(p, entry.Kind)).ToList();
                        if (entry.Prerequisite is { } p)
                        {
                            Assert.True(lifecycle.From(status, entry.Kind).IsEmpty);
                            Assert.Contains(p, openers);
                            Assert.Null(ctx.Policies.Authorization.Authorize(actor, OrderDecider.Permission(entry.Kind)));
                            var own = StateReasons(p);
                            Assert.NotEmpty(own);
                            Assert.Equal(own.Count + 1, entry.Reasons.Count);
                            Assert.Equal(own, entry.Reasons.Take(own.Count));
                            Assert.Equal(ViolationCodes.TransitionNotAllowed, entry.Reasons[^1].Code);
                            Assert.Equal(openers.Where(q => StateReasons(q).Count > 0).Min(), p);
                            Assert.All(openers, q => Assert.NotEmpty(StateReasons(q)));
                        }
                        else if (lifecycle.From(status, entry.Kind).IsEmpty && ctx.Policies.Authorization.Authorize(actor, OrderDecider.Permission(entry.Kind)) is null)
                        {
                            Assert.True(openers.Count == 0 || openers.Any(q => StateReasons(q).Count == 0));
                        }
                    }
                }
            }
        });

    /// <summary>
    /// Every step keeps the kit's invariants (<see cref="OrderInvariants.Check(SequenceOutcome)"/>): the decision is an edge of
    /// the table, Version counts events, a refusal changes nothing, replay equals state, the JSON round trip is the identity,
    /// money is conserved, and nothing ships with money due before shipment unpaid unless secured or excepted (R30).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property EveryStep_KeepsTheKernelInvariants_R30() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var step in OrderSequences.Default.Run(steps))
            {
                OrderInvariants.Check(step);
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
                        Assert.Contains(command.Kind, AfterClosing); // the file and the after-sales outlive the order's progress (R45, R46)
                        break;
                    case OrderStatus.Lost:
                        Assert.Contains(command.Kind, new[] { CommandKind.CloseOrder, CommandKind.AttachDocument });
                        break;
                    case OrderStatus.Cancelled:
                        Assert.Contains(command.Kind, new[] { CommandKind.CloseOrder, CommandKind.ConfirmPayment, CommandKind.RecordRefund, CommandKind.AttachDocument });
                        break;
                    case OrderStatus.Completed:
                        Assert.Contains(command.Kind, (CommandKind[])[CommandKind.CloseOrder, CommandKind.ConfirmPayment, CommandKind.CompleteStep, CommandKind.AssessDelayPenalty, CommandKind.RecordReturn, CommandKind.IssueInvoice, CommandKind.IssueCreditNote, .. AfterClosing]);
                        break;
                }

                Assert.True(accepted.State.Status == before.Status || OrderLifecycle.Definition.Allows(before.Status, command.Kind, accepted.State.Status));
            }
        });
}
