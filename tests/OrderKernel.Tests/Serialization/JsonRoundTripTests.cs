using System.Text.Json.Nodes;
using OrderKernel.Sample;
using OrderKernel.Serialization;
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

    /// <summary>The total paid is kept by the fold; a read snapshot recomputes it from its payments and refunds (R19, R43).</summary>
    [Fact]
    public void Snapshot_Read_RestoresTheTotalPaidFromItsPaymentsAndRefunds()
    {
        var state = TvExportScenario.Run().State!;
        var back = OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(state)).AsT0;

        var expected = state.Payments.Aggregate(Money.Zero(state.Currency), (t, p) => t + p.Amount);
        expected = state.Refunds.Aggregate(expected, (t, r) => t - r.Amount);
        Assert.Equal(Money.Of(167_450.00m, Currency.USD), expected); // 51,000 + 119,000 paid, 2,550 refunded
        Assert.Equal(expected, state.TotalPaid);
        Assert.Equal(expected, back.TotalPaid);
    }

    [Fact]
    public void Snapshot_WithoutPayments_HasNothingPaidInTheOrderCurrency()
    {
        var node = JsonNode.Parse(OrderKernelJson.WriteSnapshot(TvExportScenario.Run().State!))!;
        node["order"]!["payments"] = new JsonArray();
        node["order"]!["refunds"] = new JsonArray();

        var back = OrderKernelJson.ReadSnapshot(node.ToJsonString()).AsT0;

        Assert.Equal(Money.Zero(Currency.USD), back.TotalPaid);
    }

    /// <summary>A payment in another currency than the order's cannot be summed: the snapshot is refused, not half-read.</summary>
    [Fact]
    public void Snapshot_WithAPaymentInAnotherCurrency_IsRefused()
    {
        var node = JsonNode.Parse(OrderKernelJson.WriteSnapshot(TvExportScenario.Run().State!))!;
        node["order"]!["payments"]![1]!["amount"]!["currency"] = "EUR";

        var read = OrderKernelJson.ReadSnapshot(node.ToJsonString());

        Assert.True(read.IsT1);
        Assert.Equal(JsonErrorKind.InvalidValue, read.AsT1.Kind);
        Assert.Contains("EUR", read.AsT1.Message, StringComparison.Ordinal);
    }
}
