using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Boundary;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// The random command sequences of <see cref="LifecycleProperties"/> and <see cref="ReferenceModelProperties"/>, mixed
/// with commands whose values come from <see cref="BoundaryValues"/> (issue 20): the same invariants hold, and every
/// boundary command is either refused (state unchanged) or accepted into a state that survives (<see cref="Harness.Survive"/>).
/// </summary>
public class BoundaryProperties
{
    /// <summary>A step: a pool step of the existing properties, or (when <paramref name="Boundary"/> is set) a boundary command.</summary>
    internal sealed record Step(SequenceStep Pool, CommandTemplate? Boundary)
    {
        public override string ToString() => Boundary is { } b ? $"boundary: {b.Name}" : $"pool: {CommandCatalog.Standard[Pool.Command].Name}{(Pool.Progress ? " (progress)" : string.Empty)}";
    }

    internal static Arbitrary<Step[]> MixedSequences() =>
        Arb.From(
            from length in Gen.Choose(1, 40)
            from steps in (from pool in OrderSequences.Default.Step()
                           from boundary in Gen.Frequency((3, Gen.Constant<CommandTemplate?>(null)), (1, BoundaryValues.Commands.Select(e => (CommandTemplate?)e)))
                           select new Step(pool, boundary)).ArrayOf(length)
            select steps,
            OrderSequences.Shrink);

    [Property(MaxTest = 60)]
    public Property MixedBoundarySequences_KeepTheInvariants_AndEveryAcceptedBoundaryValueSurvives() =>
        Prop.ForAll(MixedSequences(), steps =>
        {
            var s = new Scenario();
            foreach (var step in steps)
            {
                var after = Duration.FromMinutes(step.Pool.Minutes);
                var entry = step.Boundary ?? (step.Pool.Progress ? OrderSequences.Default.FirstAccepted(s.State, s.Now + after, s.Policies) : null) ?? CommandCatalog.Standard[step.Pool.Command];
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
                OrderInvariants.Check(before, command, result);
                if (result.TryPickT1(out _, out var accepted))
                {
                    Assert.Same(before, s.State);
                    Assert.Equal(beforeJson, before is null ? null : OrderKernelJson.WriteSnapshot(before));
                    continue;
                }

                if (step.Boundary is not null)
                {
                    Harness.Survive(s.State, s.Now, s.Policies, accepted.Events);
                    foreach (var e in accepted.Events)
                    {
                        Harness.CheckEventRoundTrip(e);
                    }
                }
            }

            OrderInvariants.CheckHistory(s.State, s.Events, InvariantSettings.Default);
        });

    [Property(MaxTest = 200)]
    public Property ReadCommand_RefusesOddEnumText() =>
        Prop.ForAll(
            Arb.From(Gen.OneOf(
                BoundaryValues.OddEnumText("TelegraphicTransfer", "LetterOfCredit").Select(t => ("confirm-payment", "instrument", t)),
                BoundaryValues.OddEnumText("Credit", "Quality").Select(t => ("place-hold", "code", t)),
                BoundaryValues.OddEnumText("Email", "Fax").Select(t => ("receive-order", "channel", t)),
                BoundaryValues.OddEnumText("ForceMajeure", "CustomerCaused").Select(t => ("record-excusable-delay", "cause", t)))),
            c =>
            {
                var (type, member, text) = c;
                var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "commands", type + ".v1.json"));
                var edited = JsonEdit.Set(json, member, text);
                var read = OrderKernelJson.ReadCommand(edited);
                Assert.True(read.IsT1, $"{type}.{member} = \"{text}\" was read as {(read.IsT0 ? OrderKernelJson.Write(read.AsT0) : string.Empty)}");
            });
}
