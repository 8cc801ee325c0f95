using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// Model-based testing (issue 11): random sequences of up to 50 commands from random actors at increasing instants
/// (<see cref="OrderSequences"/>), each step checked with <see cref="OrderInvariants"/> and against the kit's
/// <see cref="ReferenceModel"/> of the order, built only from the commands accepted and the events they produced — never
/// from the kernel's state.
/// </summary>
/// <remarks>
/// FsCheck shrinks a failing sequence (fewer, simpler steps) and prints the seed; to re-run exactly that case, put it in
/// the attribute: <c>[Property(MaxTest = 500, Replay = "(seed1,seed2)")]</c> (see docs/developer/quality.md).
/// </remarks>
public class ReferenceModelProperties
{
    [Property(MaxTest = 500)]
    public Property EveryStep_AgreesWithTheReferenceModel() =>
        Prop.ForAll(OrderSequences.Default.Arbitrary(), steps =>
        {
            var model = ReferenceModel.Initial;
            foreach (var step in OrderSequences.Default.Run(steps))
            {
                CheckUnauthorizedChangesNothing(step);
                if (model.Status == OrderStatus.Closed)
                {
                    // only its file and its after-sales go on, and it stays closed (R45, R46)
                    Assert.True(step.Result.IsT1 || (LifecycleProperties.AfterClosing.Contains(step.Command.Kind) && step.Result.AsT0.State.Status == OrderStatus.Closed), $"{step.Command.Kind} was accepted on a closed order");
                }

                OrderInvariants.Check(step);
                if (step.Result.TryPickT0(out var accepted, out _))
                {
                    model = model.After(step.Command, accepted);
                }

                model.Verify(step.After, step.History, step.Settings);
            }
        });

    [Fact]
    public void ReferenceModel_DerivedWithARuleOfItsOwn_KeepsItsTypeAndReportsItsDifferences()
    {
        ReferenceModel model = new DepositModel();
        SequenceOutcome? last = null;
        foreach (var step in OrderSequences.Default.Run(Enumerable.Repeat(new SequenceStep(0, 0, true, 60, true), 17).ToArray()))
        {
            if (step.Result.TryPickT0(out var accepted, out _))
            {
                model = model.After(step.Command, accepted);
            }

            last = step;
        }

        Assert.IsType<DepositModel>(model);
        Assert.NotEmpty(last!.After!.Payments);
        Assert.Equal(["the deposit model counts 0 payments"], model.Differences(last.After, last.History, last.Settings));
        Assert.Throws<InvariantViolationException>(() => model.Verify(last.After, last.History, last.Settings));
    }

    /// <summary>An extension: its own rule, checked next to the base model's.</summary>
    private sealed record DepositModel : ReferenceModel
    {
        public int Deposits { get; init; }

        public override IEnumerable<string> Differences(Order? state, IReadOnlyList<OrderEvent> history, InvariantSettings settings) =>
            base.Differences(state, history, settings).Concat(state?.Payments.Count != Deposits ? [$"the deposit model counts {Deposits} payments"] : []);
    }

    /// <summary>An actor without the role refuses with the authorization code, whatever the state: nothing is decided.</summary>
    private static void CheckUnauthorizedChangesNothing(SequenceOutcome step)
    {
        var (before, command) = (step.Before, step.Command);
        if (command.IdempotencyKey is not null || Actors.All.FirstOrDefault(a => step.Settings.Policies.Authorization.Authorize(a, command.Kind) is not null) is not { } outsider)
        {
            return;
        }

        var json = before is null ? null : OrderKernelJson.WriteSnapshot(before);
        var result = OrderDecider.Decide(before, command, DecisionContext.Create(step.At, outsider, step.Settings.Policies));
        Assert.True(result.IsT1, $"{outsider.Name} issued {command.Kind}");
        Assert.Equal(ViolationCodes.RoleNotAllowed, Assert.Single(result.AsT1.Violations).Code);
        Assert.Equal(json, before is null ? null : OrderKernelJson.WriteSnapshot(before));
    }
}
