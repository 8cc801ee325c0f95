using NodaTime;
using OneOf;
using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Support;

/// <summary>Drives one order through commands, keeping the events, like a host would.</summary>
internal sealed class Scenario(OrderPolicies? policies = null, ConfiguredOrderDecider? decider = null)
{
    /// <summary>Monday 2 March 2026, 09:00 in Asia/Shanghai.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 1, 0);

    private readonly List<OrderEvent> _events = [];

    public Order? State { get; private set; }

    public Instant Now { get; set; } = Start;

    public IReadOnlyList<OrderEvent> Events => _events;

    public OrderPolicies Policies { get; } = policies ?? OrderPolicies.Default;

    public OneOf<Accepted, Rejected> Try(OrderCommand command, Actor actor, Duration? after = null)
    {
        Now += after ?? Duration.FromHours(1);
        var context = DecisionContext.Create(Now, actor, Policies);
        var result = decider is null ? OrderDecider.Decide(State, command, context) : decider.Decide(State, command, context);
        if (result.TryPickT0(out var accepted, out _))
        {
            State = accepted.State;
            _events.AddRange(accepted.Events);
        }

        return result;
    }

    public Accepted Do(OrderCommand command, Actor actor, Duration? after = null)
    {
        var result = Try(command, actor, after);
        Assert.True(result.IsT0, $"{command.Kind} by {actor.Name} was rejected: {(result.IsT1 ? result.AsT1.ToString() : string.Empty)}");
        return result.AsT0;
    }

    public Rejected Refuse(OrderCommand command, Actor actor, Duration? after = null)
    {
        var before = State;
        var result = Try(command, actor, after);
        Assert.True(result.IsT1, $"{command.Kind} by {actor.Name} was accepted but should have been refused.");
        Assert.Same(before, State);
        return result.AsT1;
    }

    public Order Current => State ?? throw new InvalidOperationException("No order yet.");
}

/// <summary>Violation assertions.</summary>
internal static class RejectedAssert
{
    public static Violation Has(this Rejected rejected, string code, string? rule = null)
    {
        var v = rejected.Violations.FirstOrDefault(x => x.Code == code);
        Assert.True(v is not null, $"Expected {code}, got: {rejected}");
        if (rule is not null)
        {
            Assert.Equal(rule, v!.Rule);
        }

        return v!;
    }
}
