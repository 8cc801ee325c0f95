using OrderKernel.Orders;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

public class JsonRoundTripTests
{
    [Fact]
    public void Events_OfTheSample_RoundTrip()
    {
        var t = TvExportScenario.Run();
        foreach (var e in t.Events)
        {
            var json = OrderKernelJson.Write(e);
            var back = OrderKernelJson.ReadEvent(json);
            Assert.True(back.IsT0, $"{e.GetType().Name}: {(back.IsT1 ? back.AsT1.ToString() : "")}\n{json}");
            Assert.Equal(e, back.AsT0);
        }
    }

    [Fact]
    public void Snapshot_OfTheClosedOrder_RoundTrips()
    {
        var t = TvExportScenario.Run();
        var json = OrderKernelJson.WriteSnapshot(t.State!);
        var back = OrderKernelJson.ReadSnapshot(json);
        Assert.True(back.IsT0, back.IsT1 ? back.AsT1.ToString() : "");
        Assert.Equal(t.State, back.AsT0);
    }
}
