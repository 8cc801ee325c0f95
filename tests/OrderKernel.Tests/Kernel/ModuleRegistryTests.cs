using System.Reflection;
using System.Diagnostics;
using OrderKernel.Kernel;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Kernel;

/// <summary>The registry the kernel builds from the modules: validated once, the single source of the lifecycle and the default roles.</summary>
public class ModuleRegistryTests
{
    private static readonly TransitionGuard Refusing = TransitionGuard.Single(
        "credit-check-passed",
        "The customer's credit line covers the order.",
        "R9",
        static (state, _) => Violation.Of(ViolationCodes.InvalidInput, $"Order {state.Id} exceeds the customer's credit line.", "R9"));

    [Fact]
    public void Build_StandardModules_IsWhatTheDeciderAndTheDefaultsUse()
    {
        Assert.Same(StandardModules.Registry.Lifecycle, OrderLifecycle.Definition);
        Assert.Empty(new AuthorizationPolicyOptions().AllowedRoles);
        Assert.All(StandardModules.Registry.DefaultRoles, kv => Assert.Equal(kv.Value, OrderDecider.Permission(kv.Key).DeclaredRoles));
        Assert.Equal(Enum.GetValues<CommandKind>().Length, StandardModules.Registry.DefaultRoles.Count);
        Assert.Equal("R19", StandardModules.Registry.Command(CommandKind.ConfirmPayment).AuthorizationRule);
        Assert.Equal("R34", StandardModules.Registry.Command(CommandKind.CancelOrder).AuthorizationRule);
    }

    [Fact]
    public void EveryEventOfTheJsonContract_IsAppliedByExactlyOneModule_ButTheStartingOne()
    {
        var contract = typeof(OrderEvent).GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
        Assert.Equal(typeof(OrderReceived), StandardModules.Registry.StartEvent);
        Assert.Equal(contract.Where(t => t != typeof(OrderReceived)).OrderBy(t => t.Name), StandardModules.Registry.AppliedEvents.OrderBy(t => t.Name));
    }

    [Fact]
    public void Build_AKindNoModuleDeclares_Throws()
    {
        var modules = StandardModules.All.Where(m => m is not ContractsModule);
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build(modules));
        Assert.Equal("Command kind SignContract is declared by no module.", e.Message);
    }

    [Fact]
    public void Build_AKindDeclaredTwice_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build([.. StandardModules.All, new ContractsModule()]));
        Assert.Equal("Command kind SignContract is declared twice.", e.Message);
    }

    [Fact]
    public void Build_ACommandWithoutDecision_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build(StandardModules.All, m => m.Commands.Single(c => c.Kind == CommandKind.Ship).Decide = null));
        Assert.Equal("Command kind Ship has no decide function.", e.Message);
    }

    [Fact]
    public void Build_TwoGuardsWithOneName_Throws()
    {
        var impostor = TransitionGuard.Single("settled", "Something else.", "R1", static (_, _) => null);
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build(StandardModules.All, m => m.AddGuard(CommandKind.RecordOrder, OrderStatus.Received, OrderStatus.Recorded, impostor)));
        Assert.Equal("Two different guards are named 'settled'.", e.Message);
    }

    [Fact]
    public void Build_ADuplicateTransition_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build(StandardModules.All, m => m.Edges.Add(m.Edges[1])));
        Assert.StartsWith("The modules' transitions do not form a valid lifecycle: Duplicate transition Received --ReturnForCompletion--> AwaitingCompletion", e.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void Build_TwoStartEvents_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ModuleRegistry.Build(StandardModules.All, m => m.Starts<OrderReceived>(static _ => throw new UnreachableException())));
        Assert.Equal("Exactly one event must start an order; the modules declare 2.", e.Message);
    }

    [Fact]
    public void AddGuard_ToATransitionNoModuleDeclares_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ModuleRegistry.Build(StandardModules.All, m => m.AddGuard(CommandKind.RecordOrder, OrderStatus.Draft, OrderStatus.Recorded, Refusing)));
        Assert.StartsWith("No module declares the transition Draft --RecordOrder--> Recorded, so guard 'credit-check-passed' cannot be added to it.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGuard_OnAnExistingTransition_IsCheckedListedAndDrawn()
    {
        var registry = ModuleRegistry.Build(StandardModules.All, m => m.AddGuard(CommandKind.RecordOrder, OrderStatus.Received, OrderStatus.Recorded, Refusing));
        var pipeline = new DecisionPipeline(registry);
        var now = Scenario.Start;
        var received = pipeline.Decide(null, TvOrder.Receive(), DecisionContext.Create(now, Actors.Clerk)).AsT0.State;
        var context = DecisionContext.Create(now + NodaTime.Duration.FromHours(1), Actors.Clerk);

        var refused = pipeline.Decide(received, new RecordOrder(1), context).AsT1;

        Assert.Equal($"Order {TvOrder.Id} exceeds the customer's credit line.", Assert.Single(refused.Violations).Message);
        Assert.False(pipeline.PermittedKinds(received, context).Contains(CommandKind.RecordOrder));
        Assert.Contains(refused.Violations[0], pipeline.PermittedCommands(received, context).Single(a => a.Kind == CommandKind.RecordOrder).Reasons);
        Assert.Contains("Received --> Recorded : RecordOrder [order-complete, credit-check-passed]", registry.Lifecycle.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains(registry.Lifecycle.Guards, g => g is { Name: "credit-check-passed", Rule: "R9" });
        Assert.True(OrderDecider.Decide(received, new RecordOrder(1), context).IsT0);
    }

    [Fact]
    public void Decide_AnOpeningCommandDeclaredWithoutItsOrderId_IsAProgrammingError()
    {
        var registry = ModuleRegistry.Build(StandardModules.All, m => m.Commands.Single(c => c.Kind == CommandKind.ReceiveOrder).Opens = null);
        var pipeline = new DecisionPipeline(registry);

        var e = Assert.Throws<UnreachableException>(() => pipeline.Decide(null, TvOrder.Receive(), DecisionContext.Create(Scenario.Start, Actors.Clerk)));

        Assert.Equal("ReceiveOrder was decided without an order, but it does not open one.", e.Message);
    }

    [Fact]
    public void Decide_ADecisionThatLeavesTheTable_IsAProgrammingError()
    {
        // A module whose decision moves the order along an edge it did not declare: the kernel checks the edge taken.
        var registry = ModuleRegistry.Build(StandardModules.All, m =>
        {
            var record = m.Commands.Single(c => c.Kind == CommandKind.RecordOrder).Decide!;
            m.Commands.Single(c => c.Kind == CommandKind.ReturnForCompletion).Decide = (state, _, context) => record(state, new RecordOrder(1), context);
        });
        var pipeline = new DecisionPipeline(registry);
        var received = pipeline.Decide(null, TvOrder.Receive(), DecisionContext.Create(Scenario.Start, Actors.Clerk)).AsT0.State;

        var e = Assert.Throws<UnreachableException>(() => pipeline.Decide(received, new ReturnForCompletion("no reason", ValueList<string>.Of("x")), DecisionContext.Create(Scenario.Start + NodaTime.Duration.FromHours(1), Actors.Clerk)));

        Assert.Equal("ReturnForCompletion moved the order Received -> Recorded, which the lifecycle table does not allow.", e.Message);
    }
}
