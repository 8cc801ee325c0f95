using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Kernel;

/// <summary>An embedder's own guards on any transition, through the public API only (issue 21, part 5).</summary>
public class OrderKernelOptionsTests
{
    private static readonly OrderKernelOptions CreditCheck = OrderKernelOptions.Default.WithGuard(
        CommandKind.RecordOrder,
        OrderStatus.Received,
        OrderStatus.Recorded,
        "credit-line-covers-order",
        "The customer's credit line covers the order.",
        "ERP-7",
        static (order, _) => Violation.Of("ERP_CREDIT_LINE", $"Order {order.Id} is over the credit line.", "ERP-7"));

    [Fact]
    public void Create_DefaultOptions_IsTheStandardDecider()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default);

        Assert.Same(OrderLifecycle.Definition, decider.Lifecycle);
    }

    [Fact]
    public void Decide_WithAnAddedGuard_RefusesTheTransitionAndExplainsIt()
    {
        var decider = OrderDecider.Create(CreditCheck);
        var received = decider.Decide(null, TvOrder.Receive(), DecisionContext.Create(Scenario.Start, Actors.Clerk)).AsT0;
        var context = DecisionContext.Create(Scenario.Start + NodaTime.Duration.FromHours(1), Actors.Clerk);

        var refused = decider.Decide(received.State, new RecordOrder(1), context).AsT1;

        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("ERP_CREDIT_LINE", "ERP-7"), (violation.Code, violation.Rule));
        Assert.False(decider.PermittedKinds(received.State, context).Contains(CommandKind.RecordOrder));
        Assert.Equal([violation], decider.PermittedCommands(received.State, context).Single(a => a.Kind == CommandKind.RecordOrder).Reasons);
        Assert.Equal(received.State, decider.Replay(received.Events));
        Assert.Equal(received.State, decider.Evolve(null, received.Events[0]));
        Assert.True(OrderDecider.Decide(received.State, new RecordOrder(1), context).IsT0);
    }

    [Fact]
    public void Lifecycle_WithAnAddedGuard_DrawsAndDescribesIt()
    {
        var lifecycle = OrderDecider.Create(CreditCheck).Lifecycle;

        Assert.Contains("    Received --> Recorded : RecordOrder [order-complete, credit-line-covers-order]\n", lifecycle.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains(lifecycle.Guards, g => g is { Name: "credit-line-covers-order", Description: "The customer's credit line covers the order.", Rule: "ERP-7" });
        Assert.DoesNotContain("credit-line-covers-order", OrderLifecycle.Definition.ToMermaid(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AGuardOnATransitionTheLifecycleLacks_Throws()
    {
        var options = OrderKernelOptions.Default.WithGuard(CommandKind.Ship, OrderStatus.Recorded, OrderStatus.Shipped, "x", "Something.", "ERP-1", static (_, _) => null);

        var e = Assert.Throws<ArgumentException>(() => OrderDecider.Create(options));

        Assert.StartsWith("No module declares the transition Recorded --Ship--> Shipped", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AGuardNamedLikeABuiltInOne_Throws()
    {
        var options = OrderKernelOptions.Default.WithGuard(CommandKind.Ship, OrderStatus.Shipped, OrderStatus.Shipped, "settled", "Something.", "ERP-1", static (_, _) => null);

        var e = Assert.Throws<ArgumentException>(() => OrderDecider.Create(options));

        Assert.StartsWith("Two different guards are named 'settled'.", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void WithGuard_BlankNameOrMissingCheck_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrderKernelOptions.Default.WithGuard(CommandKind.Ship, OrderStatus.Shipped, OrderStatus.Shipped, " ", "Something.", "ERP-1", static (_, _) => null));
        Assert.Throws<ArgumentNullException>(() => OrderKernelOptions.Default.WithGuard(CommandKind.Ship, OrderStatus.Shipped, OrderStatus.Shipped, "x", "Something.", "ERP-1", null!));
        Assert.Throws<ArgumentNullException>(() => OrderDecider.Create(null!));
    }
}
