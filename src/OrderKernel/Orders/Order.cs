using System;
using NodaTime;
using OrderKernel.Cancellations;
using OrderKernel.ChangeRequests;
using OrderKernel.Contracts;
using OrderKernel.DelayPenalties;
using OrderKernel.Holds;
using OrderKernel.Payments;
using OrderKernel.Production;
using OrderKernel.Quotations;
using OrderKernel.Reviews;
using OrderKernel.ServiceLevels;
using OrderKernel.Settlements;
using OrderKernel.Primitives;
using OrderKernel.Shipments;
using System.Text.Json.Serialization;

namespace OrderKernel.Orders;

/// <summary>
/// The order aggregate: an immutable value built only by <see cref="OrderDecider.Evolve(Order?, OrderEvent)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Data that exists only from some stage on is a nullable sub-record that appears when that stage is reached:
/// <see cref="Registration"/> once recorded (R2), <see cref="Review"/> once submitted for review, <see cref="Quotation"/>
/// once quoted, <see cref="Contract"/> once signed, and so on. The compiler's nullable analysis makes reading them before
/// then visible at the call site.
/// </para>
/// <para>
/// <see cref="Version"/> is the number of events folded into the state: hosts use it for optimistic concurrency.
/// Two orders are equal when every field is equal (lists compare by content), so a replayed order equals the decided one.
/// </para>
/// </remarks>
public sealed record Order
{
    [JsonConstructor]
    internal Order()
    {
    }

    /// <summary>Gets the order's identity.</summary>
    [JsonInclude]
    public OrderId Id { get; internal set; } = null!;

    /// <summary>Gets the number of events folded into this state (optimistic concurrency).</summary>
    [JsonInclude]
    public long Version { get; internal set; }

    /// <summary>Gets the life stage.</summary>
    [JsonInclude]
    public OrderStatus Status { get; internal set; }

    /// <summary>Gets the customer (R1).</summary>
    [JsonInclude]
    public CustomerInfo Customer { get; internal set; } = null!;

    /// <summary>Gets the channel the order came through (R1).</summary>
    [JsonInclude]
    public Channel Channel { get; internal set; }

    /// <summary>Gets the priority (R4).</summary>
    [JsonInclude]
    public Priority Priority { get; internal set; }

    /// <summary>Gets the order's currency: every amount of the order is in it.</summary>
    [JsonInclude]
    public Currency Currency { get; internal set; } = null!;

    /// <summary>Gets the lines (R1).</summary>
    [JsonInclude]
    public ValueList<OrderLine> Lines { get; internal set; }

    /// <summary>Gets the contractual (requested) delivery date, a calendar date in <see cref="TimeZoneId"/>; <see langword="null"/> while open (R3).</summary>
    [JsonInclude]
    public LocalDate? RequestedDeliveryDate { get; internal set; }

    /// <summary>Gets the IANA time zone id of the customer and the contract (e.g. <c>Asia/Shanghai</c>).</summary>
    [JsonInclude]
    public string TimeZoneId { get; internal set; } = null!;

    /// <summary>Gets the quality requirements (R1).</summary>
    [JsonInclude]
    public string QualityRequirements { get; internal set; } = null!;

    /// <summary>Gets the payment terms (R17–R20).</summary>
    [JsonInclude]
    public PaymentTerms PaymentTerms { get; internal set; } = null!;

    /// <summary>Gets when the order was received.</summary>
    [JsonInclude]
    public Instant ReceivedAt { get; internal set; }

    /// <summary>Gets the order number and when it was recorded (R2); <see langword="null"/> before.</summary>
    [JsonInclude]
    public Registration? Registration { get; internal set; }

    /// <summary>Gets the open request to the customer to complete the order (R3); <see langword="null"/> unless awaiting completion.</summary>
    [JsonInclude]
    public CompletionRequest? CompletionRequest { get; internal set; }

    /// <summary>Gets the current contract review round (R5–R7); <see langword="null"/> before the first submission.</summary>
    [JsonInclude]
    public Review? Review { get; internal set; }

    /// <summary>Gets the current quotation (R12–R13); <see langword="null"/> before the first one.</summary>
    [JsonInclude]
    public Quotation? Quotation { get; internal set; }

    /// <summary>Gets the signed contract (R15–R16); <see langword="null"/> before signing.</summary>
    [JsonInclude]
    public Contract? Contract { get; internal set; }

    /// <summary>Gets the confirmed payments (R19), in order of confirmation.</summary>
    [JsonInclude]
    public ValueList<Payment> Payments { get; internal set; }

    /// <summary>Gets the latest sample round and the customer's verdict on it (R14); <see langword="null"/> before any sample.</summary>
    [JsonInclude]
    public SampleRound? Sample { get; internal set; }

    /// <summary>Gets the production run (R22–R25); <see langword="null"/> before release to production.</summary>
    [JsonInclude]
    public ProductionRun? Production { get; internal set; }

    /// <summary>Gets the latest final inspection (R27–R29); <see langword="null"/> before any.</summary>
    [JsonInclude]
    public Inspection? Inspection { get; internal set; }

    /// <summary>Gets the signed shipment release (R30); <see langword="null"/> before.</summary>
    [JsonInclude]
    public ShipmentRelease? ShipmentRelease { get; internal set; }

    /// <summary>Gets the dispatches (R31), in order; several for partial deliveries.</summary>
    [JsonInclude]
    public ValueList<Shipment> Shipments { get; internal set; }

    /// <summary>Gets the letter of credit securing payment (R18); <see langword="null"/> when none.</summary>
    [JsonInclude]
    public LetterOfCredit? LetterOfCredit { get; internal set; }

    /// <summary>Gets the approved exception to the release rule (R17); <see langword="null"/> when none.</summary>
    [JsonInclude]
    public ShipmentException? ShipmentException { get; internal set; }

    /// <summary>Gets the supplemental orders proposed for shortfalls beyond tolerance (R32).</summary>
    [JsonInclude]
    public ValueList<SupplementalOrderProposal> SupplementalOrders { get; internal set; }

    /// <summary>Gets the refunds paid back (R43).</summary>
    [JsonInclude]
    public ValueList<Refund> Refunds { get; internal set; }

    /// <summary>Gets the returns and exchanges (R45).</summary>
    [JsonInclude]
    public ValueList<ReturnRecord> Returns { get; internal set; }

    /// <summary>Gets the delivery confirmation; <see langword="null"/> before.</summary>
    [JsonInclude]
    public Delivery? Delivery { get; internal set; }

    /// <summary>Gets the active hold; <see langword="null"/> when not on hold.</summary>
    [JsonInclude]
    public Hold? Hold { get; internal set; }

    /// <summary>Gets the cancellation (R36); <see langword="null"/> unless cancelled.</summary>
    [JsonInclude]
    public Cancellation? Cancellation { get; internal set; }

    /// <summary>Gets when the order was completed (R42); <see langword="null"/> before.</summary>
    [JsonInclude]
    public Instant? CompletedAt { get; internal set; }

    /// <summary>Gets when the order was closed; <see langword="null"/> before.</summary>
    [JsonInclude]
    public Instant? ClosedAt { get; internal set; }

    /// <summary>Gets the milestones reached, in order (service levels measure between them, R38).</summary>
    [JsonInclude]
    public ValueList<MilestoneReached> Milestones { get; internal set; }

    /// <summary>Gets the released holds, in order.</summary>
    [JsonInclude]
    public ValueList<HoldPeriod> HoldHistory { get; internal set; }

    /// <summary>Gets the excusable delays recorded (customer-caused, force majeure, approved changes).</summary>
    [JsonInclude]
    public ValueList<ExcusableDelay> ExcusableDelays { get; internal set; }

    /// <summary>Gets the time-limit breaches recorded when late steps were completed (R38, R40).</summary>
    [JsonInclude]
    public ValueList<ServiceLevelBreach> ServiceLevelBreaches { get; internal set; }

    /// <summary>Gets the latest delay penalty assessment (R39); <see langword="null"/> before any.</summary>
    [JsonInclude]
    public DelayAssessment? DelayPenalty { get; internal set; }

    /// <summary>Gets the order revision: 0 until a change is applied, then one more per applied change.</summary>
    [JsonInclude]
    public int Revision { get; internal set; }

    /// <summary>Gets the change requests, in order of submission (R33).</summary>
    [JsonInclude]
    public ValueList<ChangeRequest> ChangeRequests { get; internal set; }

    /// <summary>Gets the permanent change record (R37): one entry per applied change; it only grows.</summary>
    [JsonInclude]
    public ValueList<ChangeRecord> ChangeLog { get; internal set; }

    /// <summary>Gets the idempotency keys of the commands already applied.</summary>
    [JsonInclude]
    public ValueList<string> AppliedIdempotencyKeys { get; internal set; }

    /// <summary>
    /// A field-for-field copy of this state for a fold to write into: the same result as <c>this with { }</c> (the record
    /// has no copy logic of its own), made in one block copy instead of one store per field.
    /// </summary>
    internal Order Copy() => (Order)MemberwiseClone();

    /// <summary>Gets the confirmed payments net of refunds.</summary>
    [JsonIgnore]
    public Money TotalPaid
    {
        get
        {
            var total = Money.Zero(Currency);
            foreach (var p in Payments)
            {
                total += p.Amount;
            }

            foreach (var r in Refunds)
            {
                total -= r.Amount;
            }

            return total;
        }
    }

    /// <summary>Gets the quantity of a line shipped so far, over all dispatches.</summary>
    /// <param name="line">The order line.</param>
    /// <returns>The quantity, in the line's unit.</returns>
    public decimal ShippedQuantity(LineId line)
    {
        var total = 0m;
        foreach (var s in Shipments)
        {
            foreach (var l in s.Lines)
            {
                total += l.Line.Equals(line) ? l.Quantity.Value : 0m;
            }
        }

        return total;
    }

    /// <summary>Gets the estimated order amount from the lines' prices (R9), or <see langword="null"/> while a price is open.</summary>
    /// <param name="rounding">The rounding rule for line amounts.</param>
    /// <returns>The estimated amount.</returns>
    public Money? EstimatedAmount(RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(rounding);
        var total = Money.Zero(Currency);
        foreach (var line in Lines)
        {
            if (line.Amount(rounding) is not { } amount)
            {
                return null;
            }

            total += amount;
        }

        return total;
    }

    /// <summary>Gets a value indicating whether the order can no longer progress (cancelled, lost or closed).</summary>
    [JsonIgnore]
    public bool IsTerminal => Status is OrderStatus.Cancelled or OrderStatus.Closed or OrderStatus.Lost;
}

/// <summary>The order number assigned when the order was recorded (R2).</summary>
public sealed record Registration
{
    [JsonConstructor]
    internal Registration(string orderNumber, long sequence, Instant recordedAt)
    {
        OrderNumber = orderNumber;
        Sequence = sequence;
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the order number, e.g. <c>SO-2026-000123</c>.</summary>
    public string OrderNumber { get; }

    /// <summary>Gets the host-supplied sequence value it was formatted from.</summary>
    public long Sequence { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }
}

/// <summary>A request to the customer to complete an incomplete order (R3).</summary>
public sealed record CompletionRequest
{
    [JsonConstructor]
    internal CompletionRequest(string reason, ValueList<string> missingItems, Instant requestedAt)
    {
        Reason = reason;
        MissingItems = missingItems;
        RequestedAt = requestedAt;
    }

    /// <summary>Gets the reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the missing or invalid items the customer must supply.</summary>
    public ValueList<string> MissingItems { get; }

    /// <summary>Gets when the order was sent back.</summary>
    public Instant RequestedAt { get; }
}
