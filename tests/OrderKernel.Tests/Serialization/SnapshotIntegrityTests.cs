using System.Text.Json.Nodes;
using OrderKernel.Serialization;
using Xunit;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Serialization;

/// <summary>A snapshot that reads is an order every command can run against (issue 20, class 3).</summary>
public sealed class SnapshotIntegrityTests
{
    private static JsonNode Snapshot(Stage stage) => JsonNode.Parse(OrderKernelJson.WriteSnapshot(Through(stage).Current))!;

    [Theory]
    [InlineData("id")]
    [InlineData("customer")]
    [InlineData("timeZoneId")]
    [InlineData("paymentTerms")]
    [InlineData("lines")]
    [InlineData("status")]
    [InlineData("milestones")]
    [InlineData("updatedAt")]
    public void ASnapshotMissingAMember_IsRefused(string member)
    {
        var json = Snapshot(Stage.InProduction);
        json["order"]!.AsObject().Remove(member);
        var error = OrderKernelJson.ReadSnapshot(json.ToJsonString()).AsT1;
        Assert.Equal(JsonErrorKind.MissingValue, error.Kind);
    }

    [Theory]
    [InlineData(Stage.Released, "Shipped", "needs at least one shipment")]
    [InlineData(Stage.Reviewed, "Quoted", "needs quotation")]
    [InlineData(Stage.Shipped, "Delivered", "needs delivery")]
    [InlineData(Stage.Recorded, "Draft", "status Draft")]
    public void AStatusWithoutTheStageDataItImplies_IsRefused(object stage, string status, string message)
    {
        var json = Snapshot((Stage)stage);
        json["order"]!["status"] = status;
        var error = OrderKernelJson.ReadSnapshot(json.ToJsonString()).AsT1;
        Assert.Equal((JsonErrorKind.InvalidValue, "$.order"), (error.Kind, error.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTimeZone_AnEmptyOrderOrABadVersion_IsRefused()
    {
        var zone = Snapshot(Stage.Recorded);
        zone["order"]!["timeZoneId"] = "Mars/Olympus";
        Assert.Contains("not a known IANA time zone", OrderKernelJson.ReadSnapshot(zone.ToJsonString()).AsT1.Message, StringComparison.Ordinal);
        var lines = Snapshot(Stage.Recorded);
        lines["order"]!["lines"] = new JsonArray();
        Assert.Contains("at least one line", OrderKernelJson.ReadSnapshot(lines.ToJsonString()).AsT1.Message, StringComparison.Ordinal);
        var version = Snapshot(Stage.Recorded);
        version["order"]!["version"] = 0;
        Assert.Contains("version 0", OrderKernelJson.ReadSnapshot(version.ToJsonString()).AsT1.Message, StringComparison.Ordinal);
        Assert.True(OrderKernelJson.ReadSnapshot("{\"schemaVersion\":1,\"order\":{}}").IsT1);
    }

    [Fact]
    public void EveryStateOfTheHappyPath_PassesTheIntegrityCheck_AndReadsBack()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var order = Through(stage).Current;
            Assert.Empty(OrderIntegrity.Check(order));
            Assert.Equal(order, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(order)).AsT0);
        }
    }
}
