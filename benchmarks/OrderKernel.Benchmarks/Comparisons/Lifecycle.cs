using Stateless;

namespace OrderKernel.Benchmarks.Comparisons;

/// <summary>The comparable lifecycle of issue 9: eleven stages, twelve triggers, one guard (ship only if the balance is paid).</summary>
public enum Stage
{
    Draft,
    Received,
    UnderReview,
    Quoted,
    Contracted,
    InProduction,
    Inspected,
    ReadyToShip,
    Shipped,
    Completed,
    Cancelled,
}

/// <summary>The triggers.</summary>
public enum Trigger
{
    Receive,
    SubmitForReview,
    RejectReview,
    Quote,
    ReviseQuote,
    SignContract,
    StartProduction,
    Inspect,
    ReleaseForShipment,
    Ship,
    Complete,
    Cancel,
}

/// <summary>A minimal order for the comparison: its stage and whether the balance is paid.</summary>
public sealed class LifecycleOrder
{
    public Stage Stage { get; set; }

    public bool BalancePaid { get; set; }
}

/// <summary>The same lifecycle three ways.</summary>
public static class LifecycleImplementations
{
    public static readonly Trigger[] HappyPath =
    [
        Trigger.Receive, Trigger.SubmitForReview, Trigger.Quote, Trigger.SignContract, Trigger.StartProduction,
        Trigger.Inspect, Trigger.ReleaseForShipment, Trigger.Ship, Trigger.Complete,
    ];

    private static readonly (Stage From, Trigger Trigger, Stage To, bool Guarded)[] Table =
    [
        (Stage.Draft, Trigger.Receive, Stage.Received, false),
        (Stage.Received, Trigger.SubmitForReview, Stage.UnderReview, false),
        (Stage.UnderReview, Trigger.RejectReview, Stage.Received, false),
        (Stage.UnderReview, Trigger.Quote, Stage.Quoted, false),
        (Stage.Quoted, Trigger.ReviseQuote, Stage.Quoted, false),
        (Stage.Quoted, Trigger.SignContract, Stage.Contracted, false),
        (Stage.Contracted, Trigger.StartProduction, Stage.InProduction, false),
        (Stage.InProduction, Trigger.Inspect, Stage.Inspected, false),
        (Stage.Inspected, Trigger.ReleaseForShipment, Stage.ReadyToShip, false),
        (Stage.ReadyToShip, Trigger.Ship, Stage.Shipped, true),
        (Stage.Shipped, Trigger.Complete, Stage.Completed, false),
        (Stage.Received, Trigger.Cancel, Stage.Cancelled, false),
        (Stage.UnderReview, Trigger.Cancel, Stage.Cancelled, false),
        (Stage.Quoted, Trigger.Cancel, Stage.Cancelled, false),
        (Stage.Contracted, Trigger.Cancel, Stage.Cancelled, false),
        (Stage.InProduction, Trigger.Cancel, Stage.Cancelled, false),
    ];

    /// <summary>OrderKernel: the table as a <see cref="StateMachineDefinition{TState, TTrigger}"/>, built once for all orders.</summary>
    public static readonly StateMachineDefinition<Stage, Trigger> Kernel = StateMachineDefinition<Stage, Trigger>.Create(
        "comparison",
        Stage.Draft,
        Table.Select(t => t.Guarded ? StateMachineDefinition<Stage, Trigger>.Edge(t.From, t.Trigger, t.To, "balance-paid") : StateMachineDefinition<Stage, Trigger>.Edge(t.From, t.Trigger, t.To)),
        [GuardDescription.Create("balance-paid", "The balance is paid.", "R30")]);

    public static bool KernelFire(LifecycleOrder order, Trigger trigger)
    {
        foreach (var t in Kernel.From(order.Stage, trigger))
        {
            if (!t.Guards.IsEmpty && !order.BalancePaid)
            {
                return false;
            }

            order.Stage = t.To;
            return true;
        }

        return false;
    }

    public static int KernelPermitted(LifecycleOrder order, Span<Trigger> into)
    {
        var n = 0;
        foreach (var trigger in AllTriggers)
        {
            foreach (var t in Kernel.From(order.Stage, trigger))
            {
                if (t.Guards.IsEmpty || order.BalancePaid)
                {
                    into[n++] = trigger;
                    break;
                }
            }
        }

        return n;
    }

    public static readonly Trigger[] AllTriggers = Enum.GetValues<Trigger>();

    /// <summary>Stateless: one machine per order, state stored in the order.</summary>
    public static StateMachine<Stage, Trigger> Stateless(LifecycleOrder order)
    {
        var m = new StateMachine<Stage, Trigger>(() => order.Stage, s => order.Stage = s);
        foreach (var group in Table.GroupBy(t => t.From))
        {
            var config = m.Configure(group.Key);
            foreach (var t in group)
            {
                if (t.From == t.To)
                {
                    config.PermitReentry(t.Trigger);
                }
                else if (t.Guarded)
                {
                    config.PermitIf(t.Trigger, t.To, () => order.BalancePaid, "balance paid");
                }
                else
                {
                    config.Permit(t.Trigger, t.To);
                }
            }
        }

        return m;
    }

    /// <summary>Hand-written: enum and switch, the practical limit.</summary>
    public static bool HandFire(LifecycleOrder order, Trigger trigger)
    {
        var next = (order.Stage, trigger) switch
        {
            (Stage.Draft, Trigger.Receive) => Stage.Received,
            (Stage.Received, Trigger.SubmitForReview) => Stage.UnderReview,
            (Stage.UnderReview, Trigger.RejectReview) => Stage.Received,
            (Stage.UnderReview, Trigger.Quote) => Stage.Quoted,
            (Stage.Quoted, Trigger.ReviseQuote) => Stage.Quoted,
            (Stage.Quoted, Trigger.SignContract) => Stage.Contracted,
            (Stage.Contracted, Trigger.StartProduction) => Stage.InProduction,
            (Stage.InProduction, Trigger.Inspect) => Stage.Inspected,
            (Stage.Inspected, Trigger.ReleaseForShipment) => Stage.ReadyToShip,
            (Stage.ReadyToShip, Trigger.Ship) when order.BalancePaid => Stage.Shipped,
            (Stage.Shipped, Trigger.Complete) => Stage.Completed,
            (Stage.Received or Stage.UnderReview or Stage.Quoted or Stage.Contracted or Stage.InProduction, Trigger.Cancel) => Stage.Cancelled,
            _ => (Stage?)null,
        };
        if (next is not { } n)
        {
            return false;
        }

        order.Stage = n;
        return true;
    }

    public static int HandPermitted(LifecycleOrder order, Span<Trigger> into)
    {
        var n = 0;
        foreach (var t in AllTriggers)
        {
            var copy = new LifecycleOrder { Stage = order.Stage, BalancePaid = order.BalancePaid };
            if (HandFire(copy, t))
            {
                into[n++] = t;
            }
        }

        return n;
    }
}
