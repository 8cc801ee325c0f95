using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

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
public sealed record Order : IJsonOnDeserialized
{
    private Data _d;

    // Whether _d.Cold belongs to this instance alone and may be written: true for a new order, false for a copy until
    // its first write to a cold field copies the part (copy on write). Not part of the value: equality reads _d only.
    private bool _ownsCold;

    // The token of the fold writing this instance (ValueList<T>.Add(T, object)): lists appended during one fold fill
    // free slots of arrays that fold made; a copy starts a new fold. Small, so a list keeps no order alive. Not part of the value.
    private object? _fold;

    [JsonConstructor]
    internal Order()
    {
        _d.Cold = new ColdData();
        _ownsCold = true;
    }

    // The record's copy (what `with` and Copy use): the hot fields copied, the cold part shared until written.
    private Order(Order original) => _d = original._d;

    /// <summary>Gets the order's identity.</summary>
    [JsonInclude]
    [JsonRequired]
    public OrderId Id { get => _d.Id; internal set => _d.Id = value; }

    /// <summary>Gets the number of events folded into this state (optimistic concurrency).</summary>
    [JsonInclude]
    [JsonRequired]
    public long Version { get => _d.Version; internal set => _d.Version = value; }

    /// <summary>Gets the life stage.</summary>
    [JsonInclude]
    [JsonRequired]
    public OrderStatus Status { get => _d.Status; internal set => _d.Status = value; }

    /// <summary>Gets the customer (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public CustomerInfo Customer { get => _d.Cold.Customer; internal set => Cold().Customer = value; }

    /// <summary>Gets the channel the order came through (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public Channel Channel { get => _d.Cold.Channel; internal set => Cold().Channel = value; }

    /// <summary>Gets the priority (R4).</summary>
    [JsonInclude]
    [JsonRequired]
    public Priority Priority { get => _d.Cold.Priority; internal set => Cold().Priority = value; }

    /// <summary>Gets how the priority was decided (R4): the policy's classification with its reasons and, if overridden, by whom; <see langword="null"/> for orders received before issue 22.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PriorityBasis? PriorityBasis { get => _d.Cold.PriorityBasis; internal set => Cold().PriorityBasis = value; }

    /// <summary>Gets the order's currency: every amount of the order is in it.</summary>
    [JsonInclude]
    [JsonRequired]
    public Currency Currency { get => _d.Currency; internal set => _d.Currency = value; }

    /// <summary>Gets the lines (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<OrderLine> Lines { get => _d.Cold.Lines; internal set => Cold().Lines = value; }

    /// <summary>Gets the contractual (requested) delivery date, a calendar date in <see cref="TimeZoneId"/>; <see langword="null"/> while open (R3).</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalDate? RequestedDeliveryDate { get => _d.Cold.RequestedDeliveryDate; internal set => Cold().RequestedDeliveryDate = value; }

    /// <summary>Gets the IANA time zone id of the customer and the contract (e.g. <c>Asia/Shanghai</c>).</summary>
    [JsonInclude]
    [JsonRequired]
    public string TimeZoneId { get => _d.Cold.TimeZoneId; internal set => Cold().TimeZoneId = value; }

    /// <summary>Gets the quality requirements (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public string QualityRequirements { get => _d.Cold.QualityRequirements; internal set => Cold().QualityRequirements = value; }

    /// <summary>
    /// Gets the acceptable quality level agreed for the final inspection, percent nonconforming (R27): with the lot size it
    /// gives the sampling plan (<see cref="SamplingPlan"/>); <see langword="null"/> when none was agreed (the inspection is then refused).
    /// </summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Aql { get => _d.Cold.Aql; internal set => Cold().Aql = value; }

    /// <summary>Gets the payment terms (R17–R20).</summary>
    [JsonInclude]
    [JsonRequired]
    public PaymentTerms PaymentTerms { get => _d.Cold.PaymentTerms; internal set => Cold().PaymentTerms = value; }

    /// <summary>Gets when the order was received.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant ReceivedAt { get => _d.Cold.ReceivedAt; internal set => Cold().ReceivedAt = value; }

    /// <summary>Gets the order number and when it was recorded (R2); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Registration? Registration { get => _d.Cold.Registration; internal set => Cold().Registration = value; }

    /// <summary>Gets the open request to the customer to complete the order (R3); <see langword="null"/> unless awaiting completion.</summary>
    [JsonInclude]
    [JsonRequired]
    public CompletionRequest? CompletionRequest { get => _d.Cold.CompletionRequest; internal set => Cold().CompletionRequest = value; }

    /// <summary>Gets the current contract review round (R5–R7); <see langword="null"/> before the first submission.</summary>
    [JsonInclude]
    [JsonRequired]
    public Review? Review { get => _d.Review; internal set => _d.Review = value; }

    /// <summary>Gets the current quotation (R12–R13); <see langword="null"/> before the first one.</summary>
    [JsonInclude]
    [JsonRequired]
    public Quotation? Quotation { get => _d.Quotation; internal set => _d.Quotation = value; }

    /// <summary>Gets the signed contract (R15–R16); <see langword="null"/> before signing.</summary>
    [JsonInclude]
    [JsonRequired]
    public Contract? Contract { get => _d.Contract; internal set => _d.Contract = value; }

    /// <summary>Gets the confirmed payments (R19), in order of confirmation.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Payment> Payments { get => _d.Cold.Payments; internal set => Cold().Payments = value; }

    /// <summary>Gets the latest sample round and the customer's verdict on it (R14); <see langword="null"/> before any sample.</summary>
    [JsonInclude]
    [JsonRequired]
    public SampleRound? Sample { get => _d.Sample; internal set => _d.Sample = value; }

    /// <summary>Gets the production run (R22–R25); <see langword="null"/> before release to production.</summary>
    [JsonInclude]
    [JsonRequired]
    public ProductionRun? Production { get => _d.Production; internal set => _d.Production = value; }

    /// <summary>Gets the latest final inspection (R27–R29); <see langword="null"/> before any.</summary>
    [JsonInclude]
    [JsonRequired]
    public Inspection? Inspection { get => _d.Inspection; internal set => _d.Inspection = value; }

    /// <summary>Gets the signed shipment release (R30); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public ShipmentRelease? ShipmentRelease { get => _d.ShipmentRelease; internal set => _d.ShipmentRelease = value; }

    /// <summary>Gets the dispatches (R31), in order; several for partial deliveries.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Shipment> Shipments { get => _d.Shipments; internal set => _d.Shipments = value; }

    /// <summary>Gets the letter of credit securing payment (R18); <see langword="null"/> when none.</summary>
    [JsonInclude]
    [JsonRequired]
    public LetterOfCredit? LetterOfCredit { get => _d.Cold.LetterOfCredit; internal set => Cold().LetterOfCredit = value; }

    /// <summary>Gets the approved exception to the release rule (R17); <see langword="null"/> when none.</summary>
    [JsonInclude]
    [JsonRequired]
    public ShipmentException? ShipmentException { get => _d.Cold.ShipmentException; internal set => Cold().ShipmentException = value; }

    /// <summary>Gets the supplemental orders proposed for shortfalls beyond tolerance (R32).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<SupplementalOrderProposal> SupplementalOrders { get => _d.Cold.SupplementalOrders; internal set => Cold().SupplementalOrders = value; }

    /// <summary>Gets the refunds paid back (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Refund> Refunds { get => _d.Cold.Refunds; internal set => Cold().Refunds = value; }

    /// <summary>Gets the returns and exchanges (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ReturnRecord> Returns { get => _d.Cold.Returns; internal set => Cold().Returns = value; }

    /// <summary>Gets the invoices issued (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Invoice> Invoices { get => _d.Cold.Invoices; internal set => Cold().Invoices = value; }

    /// <summary>Gets the credit notes issued, each against an invoice (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<CreditNote> CreditNotes { get => _d.Cold.CreditNotes; internal set => Cold().CreditNotes = value; }

    /// <summary>Gets the bank acceptance bills registered against installments, with their status (R18).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<BankAcceptanceBill> BankAcceptanceBills { get => _d.Cold.BankAcceptanceBills; internal set => Cold().BankAcceptanceBills = value; }

    /// <summary>Gets the delivery confirmation; <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Delivery? Delivery { get => _d.Delivery; internal set => _d.Delivery = value; }

    /// <summary>Gets the active hold; <see langword="null"/> when not on hold.</summary>
    [JsonInclude]
    [JsonRequired]
    public Hold? Hold { get => _d.Hold; internal set => _d.Hold = value; }

    /// <summary>Gets the cancellation (R36); <see langword="null"/> unless cancelled.</summary>
    [JsonInclude]
    [JsonRequired]
    public Cancellation? Cancellation { get => _d.Cold.Cancellation; internal set => Cold().Cancellation = value; }

    /// <summary>Gets when the order was completed (R42); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant? CompletedAt { get => _d.Cold.CompletedAt; internal set => Cold().CompletedAt = value; }

    /// <summary>Gets when the order was closed; <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant? ClosedAt { get => _d.Cold.ClosedAt; internal set => Cold().ClosedAt = value; }

    /// <summary>Gets the milestones reached, in order (service levels measure between them, R38).</summary>
    /// <remarks>Kept as a chain every later state shares (reaching a milestone copies nothing); the list is built on first read.</remarks>
    [JsonInclude]
    [JsonRequired]
    public ValueList<MilestoneReached> Milestones { get => MilestoneTrail.ToList(_d.Milestones); internal set => _d.Milestones = MilestoneTrail.From(value); }

    /// <summary>Gets the milestones reached, newest first, as the chain the kernel's own readers walk; <see langword="null"/> when none.</summary>
    internal MilestoneTrail? Trail => _d.Milestones;

    /// <summary>Records a milestone reached; only on a working copy.</summary>
    internal void Reach(Milestone milestone, Instant at) => _d.Milestones = MilestoneTrail.Append(_d.Milestones, milestone, at);

    /// <summary>Gets the released holds, in order.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HoldPeriod> HoldHistory { get => _d.Cold.HoldHistory; internal set => Cold().HoldHistory = value; }

    /// <summary>Gets the excusable delays recorded (customer-caused, force majeure, approved changes).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ExcusableDelay> ExcusableDelays { get => _d.Cold.ExcusableDelays; internal set => Cold().ExcusableDelays = value; }

    /// <summary>Gets the time-limit breaches recorded when late steps were completed (R38, R40).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ServiceLevelBreach> ServiceLevelBreaches { get => _d.Cold.ServiceLevelBreaches; internal set => Cold().ServiceLevelBreaches = value; }

    /// <summary>Gets the host milestones planned or reached (R26), one entry per milestone, in order of first mention.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HostMilestoneStatus> HostMilestones { get => _d.Cold.HostMilestones; internal set => Cold().HostMilestones = value; }

    /// <summary>Gets the host levels' breaches recorded when late host milestones were reached (R26).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HostServiceLevelBreach> HostServiceLevelBreaches { get => _d.Cold.HostServiceLevelBreaches; internal set => Cold().HostServiceLevelBreaches = value; }

    /// <summary>Gets the latest delay penalty assessment (R39); <see langword="null"/> before any.</summary>
    [JsonInclude]
    [JsonRequired]
    public DelayAssessment? DelayPenalty { get => _d.Cold.DelayPenalty; internal set => Cold().DelayPenalty = value; }

    /// <summary>Gets the order revision: 0 until a change is applied, then one more per applied change.</summary>
    [JsonInclude]
    [JsonRequired]
    public int Revision { get => _d.Cold.Revision; internal set => Cold().Revision = value; }

    /// <summary>Gets the change requests, in order of submission (R33).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ChangeRequest> ChangeRequests { get => _d.Cold.ChangeRequests; internal set => Cold().ChangeRequests = value; }

    /// <summary>Gets the permanent change record (R37): one entry per applied change; it only grows.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ChangeRecord> ChangeLog { get => _d.Cold.ChangeLog; internal set => Cold().ChangeLog = value; }

    /// <summary>Gets the order file's documents, in order of attachment (R46).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<OrderDocument> Documents { get => _d.Cold.Documents; internal set => Cold().Documents = value; }

    /// <summary>Gets the customer complaints, in order of registration (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Complaint> Complaints { get => _d.Cold.Complaints; internal set => Cold().Complaints = value; }

    /// <summary>Gets the exchanges, in order of opening (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Exchange> Exchanges { get => _d.Cold.Exchanges; internal set => Cold().Exchanges = value; }

    /// <summary>
    /// Gets the commands applied with an idempotency key, oldest first: the most recent
    /// <see cref="KernelLimits.IdempotencyWindow"/> of them (older keys are forgotten).
    /// </summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<AppliedCommand> AppliedCommands { get => _d.AppliedCommands; internal set => _d.AppliedCommands = value; }

    /// <summary>Finds the command applied with an idempotency key, if the order still remembers it.</summary>
    internal AppliedCommand? FindAppliedCommand(string key)
    {
        foreach (var applied in AppliedCommands)
        {
            if (applied.IdempotencyKey == key)
            {
                return applied;
            }
        }

        return null;
    }

    /// <summary>Gets the instant of the last event folded into this state; a decision at an earlier instant is refused.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant UpdatedAt { get => _d.UpdatedAt; internal set => _d.UpdatedAt = value; }

    /// <summary>
    /// A copy of this state for a fold to write into, equal to it: the fields most events write are copied as one struct
    /// (<see cref="Data"/>), the rest (<see cref="ColdData"/>) is shared until the fold first writes one of them.
    /// </summary>
    internal Order Copy() => new(this);

    /// <summary>Returns the cold part for writing, copying it first if this instance shares it.</summary>
    private ColdData Cold()
    {
        if (!_ownsCold)
        {
            _d.Cold = _d.Cold with { };
            _ownsCold = true;
        }

        return _d.Cold;
    }

    /// <inheritdoc />
    public bool Equals(Order? other) => ReferenceEquals(this, other) || (other is not null && _d.Equals(other._d));

    /// <inheritdoc />
    public override int GetHashCode() => _d.GetHashCode();

    /// <summary>Gets the token of the fold writing this working copy (see <see cref="ValueList{T}"/>'s owned append).</summary>
    internal object Fold => _fold ??= new object();

    /// <summary>Gets the confirmed payments net of refunds.</summary>
    /// <remarks>Kept by the fold as payments and refunds are added (and recomputed when a snapshot is read), so reading it costs nothing.</remarks>
    [JsonIgnore]
    public Money TotalPaid => _d.Cold.NetPaid ?? Money.Zero(Currency);

    /// <summary>Appends a confirmed payment and adds it to <see cref="TotalPaid"/>; only on a working copy.</summary>
    internal void AddPayment(Payment payment)
    {
        var total = TotalPaid + payment.Amount; // throws on a foreign currency before anything changes
        Payments = Payments.Add(payment, Fold);
        Cold().NetPaid = total;
    }

    /// <summary>Appends a refund and subtracts it from <see cref="TotalPaid"/>; only on a working copy.</summary>
    internal void AddRefund(Refund refund)
    {
        var total = TotalPaid - refund.Amount;
        Refunds = Refunds.Add(refund, Fold);
        Cold().NetPaid = total;
    }

    /// <summary>Recomputes <see cref="TotalPaid"/> from the lists a snapshot was read with (a payment in another currency is refused here).</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        Cold().NetPaid = null;
        if (Payments.IsEmpty && Refunds.IsEmpty)
        {
            return;
        }

        var total = Money.Zero(Currency);
        foreach (var p in Payments)
        {
            total += p.Amount;
        }

        foreach (var r in Refunds)
        {
            total -= r.Amount;
        }

        Cold().NetPaid = total;
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

    /// <summary>The quantity shipped per line over all dispatches, in one pass: what loops over the lines read instead of <see cref="ShippedQuantity"/> per line.</summary>
    internal Dictionary<LineId, decimal> ShippedQuantities()
    {
        var totals = new Dictionary<LineId, decimal>();
        foreach (var s in Shipments)
        {
            foreach (var l in s.Lines)
            {
                totals[l.Line] = totals.GetValueOrDefault(l.Line) + l.Quantity.Value;
            }
        }

        return totals;
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

    /// <summary>
    /// The fields most events write (status, version, milestones, the stage records), copied as one struct by
    /// <see cref="Copy"/>, and the rest in <see cref="Cold"/>. Equality is field by field (lists by content) across both,
    /// as the record's own would be.
    /// </summary>
    private record struct Data
    {
        public OrderId Id;

        public long Version;

        public OrderStatus Status;

        public Currency Currency;

        public Review? Review;

        public Quotation? Quotation;

        public Contract? Contract;

        public SampleRound? Sample;

        public ProductionRun? Production;

        public Inspection? Inspection;

        public ShipmentRelease? ShipmentRelease;

        public ValueList<Shipment> Shipments;

        public Delivery? Delivery;

        public Hold? Hold;

        public MilestoneTrail? Milestones;

        public ValueList<AppliedCommand> AppliedCommands;

        public Instant UpdatedAt;

        public ColdData Cold;
    }

    /// <summary>The fields few events write (terms, registration, money records, logs); shared by copies until written.</summary>
    private sealed record ColdData
    {
        public CustomerInfo Customer = null!;

        public Channel Channel;

        public Priority Priority;

        public PriorityBasis? PriorityBasis;

        public ValueList<OrderLine> Lines;

        public LocalDate? RequestedDeliveryDate;

        public string TimeZoneId = null!;

        public string QualityRequirements = null!;

        public PaymentTerms PaymentTerms = null!;

        public Instant ReceivedAt;

        public Registration? Registration;

        public CompletionRequest? CompletionRequest;

        public ValueList<Payment> Payments;

        public LetterOfCredit? LetterOfCredit;

        public ShipmentException? ShipmentException;

        public ValueList<SupplementalOrderProposal> SupplementalOrders;

        public ValueList<Refund> Refunds;

        public ValueList<ReturnRecord> Returns;

        public ValueList<Invoice> Invoices;

        public ValueList<CreditNote> CreditNotes;

        public ValueList<BankAcceptanceBill> BankAcceptanceBills;

        public Cancellation? Cancellation;

        public Instant? CompletedAt;

        public Instant? ClosedAt;

        public ValueList<HoldPeriod> HoldHistory;

        public ValueList<ExcusableDelay> ExcusableDelays;

        public ValueList<ServiceLevelBreach> ServiceLevelBreaches;

        public ValueList<HostMilestoneStatus> HostMilestones;

        public ValueList<HostServiceLevelBreach> HostServiceLevelBreaches;

        public DelayAssessment? DelayPenalty;

        public int Revision;

        public ValueList<ChangeRequest> ChangeRequests;

        public ValueList<ChangeRecord> ChangeLog;

        public decimal? Aql;
        public ValueList<OrderDocument> Documents;

        public ValueList<Complaint> Complaints;

        public ValueList<Exchange> Exchanges;

        // TotalPaid, kept with the lists it sums: null exactly while there are neither payments nor refunds (so a
        // replayed and a read snapshot compare equal field for field).
        public Money? NetPaid;
    }
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

/// <summary>A command applied with an idempotency key: the key and the fingerprint of the command it was used for.</summary>
public sealed record AppliedCommand
{
    [JsonConstructor]
    internal AppliedCommand(string idempotencyKey, string fingerprint)
    {
        IdempotencyKey = idempotencyKey;
        Fingerprint = fingerprint;
    }

    /// <summary>Gets the idempotency key.</summary>
    public string IdempotencyKey { get; }

    /// <summary>Gets the fingerprint of the command (a SHA-256 of its JSON without the key, as hexadecimal).</summary>
    public string Fingerprint { get; }
}
