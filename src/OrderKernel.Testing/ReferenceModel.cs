using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace OrderKernel.Testing;

/// <summary>
/// A small reference model of an order, built only from the commands accepted and the events they produced, never from
/// the kernel's state: model-based tests compare it with the state after every step. Derive from it (a record) to add
/// your own rules: override <see cref="After"/> to count what your customization changes, and <see cref="Differences"/>
/// to compare it.
/// </summary>
/// <example>
/// <code>
/// var model = ReferenceModel.Initial;
/// foreach (var step in sequences.Run(steps))
/// {
///     if (step.Result.TryPickT0(out var accepted, out _))
///     {
///         model = model.After(step.Command, accepted);
///     }
///
///     model.Verify(step.After, step.History, step.Settings);
/// }
/// </code>
/// </example>
public record ReferenceModel
{
    private const string PaymentSource = "payment-confirmed.v1";
    private const string RefundSource = "refund-recorded.v1";

    /// <summary>Gets the model before the order exists.</summary>
    public static ReferenceModel Initial { get; } = new();

    /// <summary>Gets the status the last accepted decision led to.</summary>
    public OrderStatus Status { get; init; } = OrderStatus.Draft;

    /// <summary>Gets the events accepted so far.</summary>
    public long Version { get; init; }

    /// <summary>Gets the money received (payments confirmed), in the order's currency.</summary>
    public decimal Paid { get; init; }

    /// <summary>Gets the money refunded.</summary>
    public decimal Refunded { get; init; }

    /// <summary>Gets the payments confirmed.</summary>
    public int Payments { get; init; }

    /// <summary>Gets the shipments dispatched.</summary>
    public int Shipments { get; init; }

    /// <summary>Gets a value indicating whether a hold is on.</summary>
    public bool OnHold { get; init; }

    /// <summary>The model after an accepted command (a duplicate changes nothing).</summary>
    /// <param name="command">The command.</param>
    /// <param name="accepted">Its acceptance.</param>
    /// <returns>The next model (of the same derived type).</returns>
    public virtual ReferenceModel After(OrderCommand command, Accepted accepted)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(accepted);
        if (accepted.IsDuplicate)
        {
            return this;
        }

        var next = this with { Version = Version + accepted.Events.Count, Status = accepted.State.Status };
        next = command switch
        {
            ConfirmPayment c => next with { Paid = next.Paid + c.Amount.Amount, Payments = next.Payments + 1 },
            RecordRefund c => next with { Refunded = next.Refunded + c.Amount.Amount },
            Ship => next with { Shipments = next.Shipments + 1 },
            _ => next,
        };

        foreach (var e in accepted.Events)
        {
            next = e switch
            {
                HoldPlaced => next with { OnHold = true },
                HoldReleased or OrderCancelled => next with { OnHold = false },
                _ => next,
            };
        }

        return next;
    }

    /// <summary>Where the kernel's state differs from the model.</summary>
    /// <param name="state">The state after the step; <see langword="null"/> before the order exists.</param>
    /// <param name="history">All events accepted so far.</param>
    /// <param name="settings">The lifecycle and policies (the statement is built with them).</param>
    /// <returns>One sentence per difference; empty when the state is what the model says.</returns>
    public virtual IEnumerable<string> Differences(Order? state, IReadOnlyList<OrderEvent> history, InvariantSettings settings)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(settings);
        if (Version != history.Count)
        {
            yield return $"the model counts {Version} events, the history has {history.Count}";
        }

        if (state is null)
        {
            if (Version != 0)
            {
                yield return "no order, but the model accepted commands";
            }

            yield break;
        }

        if (state.Version != Version)
        {
            yield return $"version {state.Version}, the model says {Version}";
        }

        if (state.Status != Status)
        {
            yield return $"status {state.Status}, the model says {Status}";
        }

        if (state.Payments.Count != Payments || state.Shipments.Count != Shipments || (state.Hold is not null) != OnHold)
        {
            yield return $"payments {state.Payments.Count}, shipments {state.Shipments.Count}, on hold {state.Hold is not null}; the model says {Payments}, {Shipments}, {OnHold}";
        }

        // Money is conserved: paid net of refunds is what the model counted, and the statement shows each payment and refund once.
        if (state.TotalPaid.Amount != Paid - Refunded)
        {
            yield return $"paid net {state.TotalPaid.Amount}, the model says {Paid - Refunded}";
        }

        var statement = Settlement.Statement(state, settings.Policies);
        var payments = Sum(statement, PaymentSource);
        var refunds = Sum(statement, RefundSource);
        if (payments != -Paid || refunds != Refunded)
        {
            yield return $"the statement shows payments {payments} and refunds {refunds}, the model says {-Paid} and {Refunded}";
        }

        var charges = statement.Lines.Sum(l => l.Amount.Amount) - payments - refunds;
        if (statement.AmountDue.Amount != charges - (Paid - Refunded))
        {
            yield return $"amount due {statement.AmountDue.Amount}, the model says {charges - (Paid - Refunded)}";
        }
    }

    /// <summary>Checks the state against the model.</summary>
    /// <param name="state">The state after the step.</param>
    /// <param name="history">All events accepted so far.</param>
    /// <param name="settings">The lifecycle and policies.</param>
    /// <exception cref="InvariantViolationException">The state differs from the model.</exception>
    public void Verify(Order? state, IReadOnlyList<OrderEvent> history, InvariantSettings settings)
    {
        var differences = Differences(state, history, settings).ToList();
        if (differences.Count > 0)
        {
            throw new InvariantViolationException(null, differences);
        }
    }

    private static decimal Sum(SettlementStatement statement, string source) =>
        statement.Lines.Where(l => l.Sources.Any(x => x.StartsWith(source, StringComparison.Ordinal))).Sum(l => l.Amount.Amount);
}
