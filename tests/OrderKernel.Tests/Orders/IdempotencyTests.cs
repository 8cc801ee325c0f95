using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>Idempotency keys (issue 20, class 2): authorization first, a retry is a duplicate, a reused key is refused.</summary>
public sealed class IdempotencyTests
{
    [Fact]
    public void Retry_OfTheSameCommandWithItsKey_IsADuplicateWithoutEvents()
    {
        var s = Through(Stage.Recorded);
        var first = s.Do(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        var retry = s.Do(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        Assert.True(retry.IsDuplicate);
        Assert.Empty(retry.Events);
        Assert.Same(first.State, retry.State);
        Assert.All(first.Events, e => Assert.Equal("req-1", e.IdempotencyKey));
        Assert.All(first.Events, e => Assert.Equal(64, e.CommandFingerprint!.Length));
    }

    [Fact]
    public void AKeyReused_ForAnotherKindOfCommand_IsRefused_AndChangesNothing()
    {
        var s = Through(Stage.Recorded);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        var refused = s.Refuse(new OrderKernel.CancelOrder("customer withdrew") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        Assert.Contains("'req-1'", refused.Has(ViolationCodes.IdempotencyKeyReused, "kernel").Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Recorded, s.Current.Status);
    }

    [Fact]
    public void AKeyReused_WithAnotherPayload_IsRefused()
    {
        var s = Through(Stage.Recorded);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        s.Refuse(new PlaceHold(HoldCode.Credit, "another reason") { IdempotencyKey = "req-1" }, Actors.SalesManager).Has(ViolationCodes.IdempotencyKeyReused);
    }

    [Fact]
    public void ARetry_ByAnActorWithoutTheRole_IsRefusedByAuthorization_NotAnsweredAsADuplicate()
    {
        var s = Through(Stage.Recorded);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.SalesManager);
        s.Refuse(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "req-1" }, Actors.Customer).Has(ViolationCodes.RoleNotAllowed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankKey_IsRefused(string key)
    {
        var s = Through(Stage.Recorded);
        s.Refuse(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = key }, Actors.SalesManager).Has(ViolationCodes.MissingValue, "kernel");
    }

    [Fact]
    public void AKeyLongerThanTheLimit_IsRefused()
    {
        var s = Through(Stage.Recorded);
        var key = new string('k', KernelLimits.MaxKeyLength + 1);
        var refused = s.Refuse(new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = key }, Actors.SalesManager).Has(ViolationCodes.TextTooLong);
        Assert.True(refused.Message.Length < 200, "the message quotes no more than a short prefix");
    }

    [Fact]
    public void TheOrder_RemembersTheLatestKeysOfItsWindow_AndReplayAndSnapshotsKeepThem()
    {
        var s = Through(Stage.InProduction);
        for (var i = 0; i <= KernelLimits.IdempotencyWindow; i++)
        {
            s.Do(new ReportProgress(Percentage.Of(1), $"day {i}") { IdempotencyKey = $"p-{i}" }, Actors.Production, Duration.FromMinutes(1));
        }

        Assert.Equal(KernelLimits.IdempotencyWindow, s.Current.AppliedCommands.Count);
        Assert.Equal("p-1", s.Current.AppliedCommands[0].IdempotencyKey);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
        Assert.Equal(s.Current, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(s.Current)).AsT0);

        // The newest key is still a duplicate; the oldest, forgotten, is decided afresh.
        Assert.True(s.Do(new ReportProgress(Percentage.Of(1), $"day {KernelLimits.IdempotencyWindow}") { IdempotencyKey = $"p-{KernelLimits.IdempotencyWindow}" }, Actors.Production).IsDuplicate);
        Assert.False(s.Do(new ReportProgress(Percentage.Of(1), "day 0") { IdempotencyKey = "p-0" }, Actors.Production).IsDuplicate);
    }
}
