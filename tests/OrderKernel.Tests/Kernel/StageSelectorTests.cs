using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Kernel;

/// <summary>
/// Stage data reaches decide and apply functions through typed selectors (issue 21, part 2): a decision receives the
/// record, never <see langword="null"/>; an order without it is refused, and an event whose order lacks it is a corrupt stream.
/// </summary>
public class StageSelectorTests
{
    // An order the kernel never makes: signed (ContractAwaitingCheck) but without its contract record.
    private static (Scenario Scenario, Order Broken) SignedWithoutContract()
    {
        var s = TvOrder.Through(Stage.Accepted);
        s.Do(new SignContract(45), Actors.SalesManager);
        return (s, s.Current with { Contract = null });
    }

    [Fact]
    public void Decide_TheStageRecordTheDecisionNeedsIsMissing_IsRefusedAsInvalidState_NotAnException()
    {
        var (s, broken) = SignedWithoutContract();

        var result = OrderDecider.Decide(broken, new CheckContract(), DecisionContext.Create(s.Now + Duration.FromHours(1), Actors.DepartmentHead));

        var v = Assert.Single(Assert.IsType<Rejected>(result.Value).Violations);
        Assert.Equal(ViolationCodes.InvalidState, v.Code);
        Assert.Equal($"CheckContract needs the order's Contract, which order {broken.Id} does not have while it is ContractAwaitingCheck.", v.Message);
    }

    [Fact]
    public void Evolve_AnEventWhoseStageRecordIsMissing_IsACorruptStream_AndTheOrderIsUnchanged()
    {
        var (s, broken) = SignedWithoutContract();
        var checkedEvent = s.Do(new CheckContract(), Actors.DepartmentHead).Events[0];

        var e = Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(broken, checkedEvent));

        Assert.Contains("the stream is corrupt", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Equal("ContractChecked needs the order's Contract, which the order does not have.", e.InnerException!.Message);
        Assert.Null(broken.Contract);
    }

    [Fact]
    public void Decide_NeverChangesTheOrderItIsGiven_EachEventMakesANewOrder()
    {
        var s = TvOrder.Through(Stage.Accepted);
        var before = s.Current;
        var copy = OrderDecider.Replay(s.Events)!;

        var accepted = s.Do(new SignContract(45), Actors.SalesManager);

        Assert.NotSame(before, accepted.State);
        Assert.Equal(copy, before); // the state passed in is untouched, field for field
        Assert.Null(before.Contract);
        Assert.NotNull(accepted.State.Contract);
    }
}
