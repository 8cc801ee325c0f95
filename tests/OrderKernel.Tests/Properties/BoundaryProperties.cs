using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Boundary;
using OrderKernel.Tests.Generators;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// The random command sequences of <see cref="LifecycleProperties"/> and <see cref="ReferenceModelProperties"/>, mixed
/// with commands whose values come from <see cref="BoundaryGen"/> (issue 20): the same invariants hold, and every
/// boundary command is either refused (state unchanged) or accepted into a state that survives (<see cref="Harness.Survive"/>).
/// </summary>
public class BoundaryProperties
{
    /// <summary>A step: a pool step of the existing properties, or (when <paramref name="Boundary"/> is set) a boundary command.</summary>
    internal sealed record Step(LifecycleProperties.Step Pool, CommandPool.Entry? Boundary)
    {
        public override string ToString() => Boundary is { } b ? $"boundary: {b.Name}" : $"pool: {CommandPool.Entries[Pool.Command].Name}{(Pool.Progress ? " (progress)" : string.Empty)}";
    }

    internal static Arbitrary<Step[]> MixedSequences() =>
        Arb.From(
            from length in Gen.Choose(1, 40)
            from steps in (from pool in LifecycleProperties.Sequences().Generator.Select(s => s[0])
                           from boundary in Gen.Frequency((3, Gen.Constant<CommandPool.Entry?>(null)), (1, BoundaryGen.Commands.Select(e => (CommandPool.Entry?)e)))
                           select new Step(pool, boundary)).ArrayOf(length)
            select steps,
            LifecycleProperties.Shrink);

    [Property(MaxTest = 60)]
    public Property MixedBoundarySequences_KeepTheInvariants_AndEveryAcceptedBoundaryValueSurvives() =>
        Prop.ForAll(MixedSequences(), steps =>
        {
            var s = new Scenario();
            foreach (var step in steps)
            {
                var after = Duration.FromMinutes(step.Pool.Minutes);
                var entry = step.Boundary ?? (step.Pool.Progress ? FirstAccepted(s, after) : null) ?? CommandPool.Entries[step.Pool.Command];
                var actor = step.Boundary is not null || step.Pool.ExpectedActor ? entry.Actor : Actors.All[step.Pool.Actor];
                var before = s.State;
                var beforeJson = before is null ? null : OrderKernelJson.WriteSnapshot(before);
                OrderCommand command;
                try
                {
                    command = entry.Make(before, s.Now + after);
                }
                catch (ArgumentException)
                {
                    continue; // refused at construction: nothing was decided
                }

                var result = s.Try(command, actor, after);
                if (result.TryPickT1(out var rejected, out var accepted))
                {
                    Assert.NotEmpty(rejected.Violations);
                    Assert.Same(before, s.State);
                    Assert.Equal(beforeJson, before is null ? null : OrderKernelJson.WriteSnapshot(before));
                    continue;
                }

                if (!accepted.IsDuplicate)
                {
                    var from = before?.Status ?? OrderStatus.Draft;
                    Assert.True(OrderLifecycle.Definition.Allows(from, command.Kind, accepted.State.Status), $"{from} --{command.Kind}--> {accepted.State.Status}");
                    Assert.Equal((before?.Version ?? 0) + accepted.Events.Count, accepted.State.Version);
                }

                Assert.Equal(s.Events.Count, s.State?.Version ?? 0);
                Assert.Empty(OrderIntegrity.Check(s.State!));
                Assert.Equal(s.State, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(s.State!)).AsT0);
                if (step.Boundary is not null)
                {
                    Harness.Survive(s.State, s.Now, s.Policies, accepted.Events);
                    foreach (var e in accepted.Events)
                    {
                        Harness.CheckEventRoundTrip(e);
                    }
                }
            }

            Assert.Equal(s.State, OrderDecider.Replay(s.Events));
        });

    [Property(MaxTest = 200)]
    public Property ReadCommand_RefusesOddEnumText() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(
                BoundaryGen.OddEnumText("TelegraphicTransfer", "LetterOfCredit").Select(t => ("confirm-payment", "instrument", t)),
                BoundaryGen.OddEnumText("Credit", "Quality").Select(t => ("place-hold", "code", t)),
                BoundaryGen.OddEnumText("Email", "Fax").Select(t => ("receive-order", "channel", t)),
                BoundaryGen.OddEnumText("ForceMajeure", "CustomerCaused").Select(t => ("record-excusable-delay", "cause", t)))),
            c =>
            {
                var (type, member, text) = c;
                var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "commands", type + ".v1.json"));
                var edited = JsonEdit.Set(json, member, text);
                var read = OrderKernelJson.ReadCommand(edited);
                Assert.True(read.IsT1, $"{type}.{member} = \"{text}\" was read as {(read.IsT0 ? OrderKernelJson.Write(read.AsT0) : string.Empty)}");
            });

    private static CommandPool.Entry? FirstAccepted(Scenario s, Duration after)
    {
        foreach (var entry in CommandPool.Entries)
        {
            var now = s.Now + after;
            if (OrderDecider.Decide(s.State, entry.Make(s.State, now), DecisionContext.Create(now, entry.Actor, s.Policies)).IsT0)
            {
                return entry;
            }
        }

        return null;
    }
}
