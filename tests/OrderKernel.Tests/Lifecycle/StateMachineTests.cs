using Xunit;

namespace OrderKernel.Tests.Lifecycle;

public class StateMachineTests
{
    private enum Light
    {
        Red,
        Green,
        Broken,
    }

    private enum Push
    {
        Go,
        Stop,
    }

    private enum Wide : long
    {
        One,
    }

    private enum Negative
    {
        Minus = -1,
        Zero,
    }

    private static readonly GuardDescription PowerOn = GuardDescription.Create("power-on", "The lamp has power.", "R1");

    [Fact]
    public void Create_ExplainsEveryRefusal_InItsMessage()
    {
        var twice = Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green)], [PowerOn, PowerOn]));
        Assert.StartsWith("Guard 'power-on' is described twice.", twice.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green), Edge(Light.Red, Push.Go, Light.Green)], []));
        Assert.StartsWith("Duplicate transition Red --Go--> Green.", duplicate.Message, StringComparison.Ordinal);
        var undescribed = Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green, "power-on")], []));
        Assert.StartsWith("Transition Red --Go [power-on]--> Green names guard 'power-on', which is not described.", undescribed.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<ArgumentException>(() => StateMachineDefinition<Wide, Push>.Create("wide", Wide.One, [], []));
        Assert.StartsWith("State and trigger enums must be backed by int.", wide.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => StateMachineDefinition<Negative, Push>.Create("negative", Negative.Minus, [StateMachineDefinition<Negative, Push>.Edge(Negative.Minus, Push.Go, Negative.Zero)], []));
        Assert.StartsWith("Negative enum values are not supported.", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transition_ToString_ShowsItsGuards_AndToDot_IsExact()
    {
        Assert.Equal("Red --Go--> Green", Edge(Light.Red, Push.Go, Light.Green).ToString());
        Assert.Equal("Red --Go [power-on, other]--> Green", Edge(Light.Red, Push.Go, Light.Green, "power-on", "other").ToString());

        var light = StateMachineDefinition<Light, Push>.Create(
            "traffic-light",
            Light.Red,
            [Edge(Light.Red, Push.Go, Light.Green, "power-on"), Edge(Light.Green, Push.Stop, Light.Broken)],
            [PowerOn]);
        Assert.Equal(
            "digraph traffic_light {\n" +
            "    rankdir=LR;\n    node [shape=box, style=rounded];\n" +
            "    __start [shape=point];\n    __start -> Red;\n" +
            "    Red -> Green [label=\"Go\\n[power-on]\"];\n" +
            "    Green -> Broken [label=\"Stop\"];\n" +
            "}\n",
            light.ToDot());
        Assert.True(light.Allows(Light.Red, Push.Go, Light.Green));
        Assert.False(light.Allows(Light.Red, Push.Go, Light.Broken));
        Assert.False(light.Allows(Light.Broken, Push.Go, Light.Green));
    }

    [Fact]
    public void Create_DuplicateEdge_Throws() =>
        Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green), Edge(Light.Red, Push.Go, Light.Green), Edge(Light.Green, Push.Go, Light.Broken)], []));

    [Fact]
    public void Create_UnreachableState_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green)], []));
        Assert.Contains("Broken", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndescribedGuard_Throws() =>
        Assert.Throws<ArgumentException>(() => StateMachineDefinition<Light, Push>.Create("light", Light.Red, [Edge(Light.Red, Push.Go, Light.Green, "power-on"), Edge(Light.Green, Push.Stop, Light.Broken)], []));

    [Fact]
    public void OrderLifecycle_TerminalStates_HaveOnlyTheListedExits()
    {
        // Closed ends the order's progress and money; its file stays open (R46).
        var closed = OrderLifecycle.Definition.Transitions.Where(t => t.From == OrderStatus.Closed);
        Assert.Equal(
            [CommandKind.RecordRefund, CommandKind.AttachDocument, CommandKind.RegisterComplaint, CommandKind.ResolveComplaint, CommandKind.OpenExchange, CommandKind.ShipReplacement],
            closed.Select(t => t.Trigger).Order()); // and its after-sales: warranty outlives the settlement (R45)
        Assert.Equal([CommandKind.ConfirmPayment, CommandKind.RecordRefund, CommandKind.CloseOrder, CommandKind.AttachDocument], OrderLifecycle.Definition.Transitions.Where(t => t.From == OrderStatus.Cancelled).Select(t => t.Trigger).Order());
        Assert.Equal([CommandKind.CloseOrder, CommandKind.AttachDocument], OrderLifecycle.Definition.Transitions.Where(t => t.From == OrderStatus.Lost).Select(t => t.Trigger));
        Assert.Equal(
            [CommandKind.ConfirmPayment, CommandKind.CompleteStep, CommandKind.AssessDelayPenalty, CommandKind.RecordRefund, CommandKind.RecordReturn, CommandKind.CloseOrder, CommandKind.AttachDocument, CommandKind.RegisterComplaint, CommandKind.ResolveComplaint, CommandKind.OpenExchange, CommandKind.ShipReplacement, CommandKind.IssueInvoice, CommandKind.IssueCreditNote, CommandKind.SettleBankAcceptanceBill],
            OrderLifecycle.Definition.Transitions.Where(t => t.From == OrderStatus.Completed).Select(t => t.Trigger).Order());
    }

    [Fact]
    public void OrderLifecycle_EveryCommandKindHasATransition()
    {
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            Assert.Contains(OrderLifecycle.Definition.Transitions, t => t.Trigger == kind);
        }
    }

    [Fact]
    public void SubMachines_AreValid()
    {
        Assert.NotEmpty(ReviewLifecycle.Definition.Transitions);
        Assert.NotEmpty(QuotationLifecycle.Definition.Transitions);
        Assert.NotEmpty(InstallmentLifecycle.Definition.Transitions);
    }

    [Fact]
    public void ToDot_DrawsEveryEdge()
    {
        var dot = OrderLifecycle.Definition.ToDot();
        Assert.StartsWith("digraph order {", dot, StringComparison.Ordinal);
        Assert.Equal(OrderLifecycle.Definition.Transitions.Count, dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal) && !l.Contains("__start", StringComparison.Ordinal)));
    }

    [Fact]
    public void StateMachineDoc_HoldsTheGeneratedDiagrams()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "docs", "state-machine.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = StateMachineDoc.Render();
        if (doc != expected && Environment.GetEnvironmentVariable("ORDERKERNEL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Path.Combine(RepoRoot(), "docs", "state-machine.md"), expected);
            return;
        }

        Assert.True(doc == expected, "docs/state-machine.md is stale: run the tests with ORDERKERNEL_UPDATE_DOCS=1 to regenerate it.");
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OrderKernel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static Transition<Light, Push> Edge(Light from, Push push, Light to, params string[] guards) =>
        StateMachineDefinition<Light, Push>.Edge(from, push, to, guards);
}

/// <summary>Renders docs/state-machine.md from the transition tables.</summary>
internal static class StateMachineDoc
{
    public static string Render()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# State machines\n\n");
        sb.Append("Generated from the transition tables by `StateMachineDoc.Render()` in the tests; a test fails when this file is stale\n");
        sb.Append("(regenerate with `ORDERKERNEL_UPDATE_DOCS=1 dotnet test`). Self-loops are listed as notes; the Graphviz export\n");
        sb.Append("(`ToDot()`) draws them too.\n");
        Section(sb, "Order lifecycle", OrderLifecycle.Definition.ToMermaid(), OrderLifecycle.Definition.Guards);
        Section(sb, "Review round", ReviewLifecycle.Definition.ToMermaid(), default);
        Section(sb, "Quotation revision", QuotationLifecycle.Definition.ToMermaid(), default);
        Section(sb, "Installment", InstallmentLifecycle.Definition.ToMermaid(), default);
        return sb.ToString();
    }

    private static void Section(System.Text.StringBuilder sb, string title, string mermaid, OrderKernel.ValueList<GuardDescription> guards)
    {
        sb.Append("\n## ").Append(title).Append("\n\n```mermaid\n").Append(mermaid).Append("```\n");
        if (!guards.IsEmpty)
        {
            sb.Append("\n| guard | checks | rule |\n|---|---|---|\n");
            foreach (var g in guards)
            {
                sb.Append("| `").Append(g.Name).Append("` | ").Append(g.Description).Append(" | ").Append(g.Rule).Append(" |\n");
            }
        }
    }
}
