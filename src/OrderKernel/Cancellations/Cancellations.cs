using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel;

/// <summary>A cancellation (R36): its reason, what it costs the customer and what is refunded.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Charge">What the customer bears.</param>
/// <param name="Refund">What is refunded of the payments.</param>
/// <param name="Explanation">How the charge was decided.</param>
/// <param name="StatusBefore">The stage it was cancelled at.</param>
/// <param name="CancelledBy">Who cancelled.</param>
/// <param name="CancelledAt">When.</param>
public sealed record Cancellation(string Reason, Money Charge, Money Refund, string Explanation, OrderStatus StatusBefore, ActorId CancelledBy, Instant CancelledAt);

/// <summary>Cancel the order with a reason (R36).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="CostsIncurred">Costs already incurred for the order, in its currency, if any.</param>
public sealed record CancelOrder(string Reason, Money? CostsIncurred = null) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CancelOrder;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason).Money("costsIncurred", CostsIncurred);
}

/// <summary>The order was cancelled (R36).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Charge">The charge.</param>
/// <param name="Refund">The refund.</param>
/// <param name="Explanation">How the charge was decided.</param>
/// <param name="StatusBefore">The stage it was cancelled at.</param>
public sealed record OrderCancelled(string Reason, Money Charge, Money Refund, string Explanation, OrderStatus StatusBefore) : OrderEvent;

