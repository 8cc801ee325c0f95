using OneOf;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Orders;

public class DecisionResultsTests
{
    private static OneOf<Accepted, Rejected> Receive(Order? state) =>
        OrderDecider.Decide(state, TvOrder.Receive(), DecisionContext.Create(Scenario.Start, Actors.Sales));

    [Fact]
    public void Helpers_OnAnAcceptedDecision_ReadTheAcceptance()
    {
        var result = Receive(null);

        Assert.True(result.IsAccepted);
        Assert.False(result.IsRejected);
        Assert.Same(result.AsT0, result.Accepted);
        Assert.Null(result.Rejected);
        Assert.True(result.TryGetAccepted(out var accepted));
        Assert.Same(result.AsT0, accepted);
        Assert.False(result.TryGetRejected(out var rejected));
        Assert.Null(rejected);
        Assert.True(result.TryGetAccepted(out var again, out var none));
        Assert.Same(accepted, again);
        Assert.Null(none);
    }

    [Fact]
    public void Helpers_OnARefusedDecision_ReadTheRefusal()
    {
        var received = Receive(null).AsT0.State;
        var result = Receive(received);

        Assert.False(result.IsAccepted);
        Assert.True(result.IsRejected);
        Assert.Null(result.Accepted);
        Assert.Same(result.AsT1, result.Rejected);
        Assert.False(result.TryGetAccepted(out var accepted));
        Assert.Null(accepted);
        Assert.True(result.TryGetRejected(out var rejected));
        Assert.Same(result.AsT1, rejected);
        Assert.False(result.TryGetAccepted(out var none, out var refusal));
        Assert.Null(none);
        Assert.Same(rejected, refusal);
        Assert.Equal(ViolationCodes.TransitionNotAllowed, refusal.Violations[0].Code);
    }
}
