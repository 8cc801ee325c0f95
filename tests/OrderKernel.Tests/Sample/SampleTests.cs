using OrderKernel.Sample;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Sample;

public class SampleTests
{
    [Fact]
    public void TvExportScenario_Output_MatchesTheGoldenTimeline() =>
        Golden.AssertMatches("sample-timeline.txt", TvExportScenario.Run().ToString());

    [Fact]
    public void TvExportScenario_EndsClosedAndFullyPaidWithRejectionsOnTheWay()
    {
        var t = TvExportScenario.Run();
        Assert.Equal(OrderStatus.Closed, t.State!.Status);
        Assert.True(OrderKernel.Settlement.Statement(t.State, t.Policies).IsSettled);
        Assert.Equal(t.State.Contract!.Amount - t.State.DelayPenalty!.Amount, t.State.TotalPaid);
        Assert.True(t.Counts.Rejected >= 3);
        Assert.Equal(t.State, OrderDecider.Replay(t.Events));
    }
}
