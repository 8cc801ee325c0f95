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
/// The order is composed of one state record per area (intake, payments, shipments, settlements, holds, service levels,
/// change requests…) and the stage records that exist only from a stage on: <see cref="Registration"/> once recorded (R2),
/// <see cref="Review"/> once submitted for review, <see cref="Quotation"/> once quoted, <see cref="Contract"/> once signed,
/// and so on. Each event makes a new order with <c>with</c>, replacing the records it changes and sharing the others; no
/// order is ever changed after it was made. The properties below read through the area records.
/// </para>
/// <para>
/// <see cref="Version"/> is the number of events folded into the state: hosts use it for optimistic concurrency.
/// Two orders are equal when every field is equal (lists compare by content), so a replayed order equals the decided one.
/// </para>
/// </remarks>
public sealed record Order : IJsonOnDeserialized
{
    [JsonConstructor]
    internal Order()
    {
    }

    /// <summary>Gets the order's identity.</summary>
    [JsonInclude]
    [JsonRequired]
    public OrderId Id { get; internal init; } = null!;

    /// <summary>Gets the number of events folded into this state (optimistic concurrency).</summary>
    [JsonInclude]
    [JsonRequired]
    public long Version { get => Envelope.Version; internal init => Envelope = Envelope with { Version = value }; }

    /// <summary>Gets the life stage.</summary>
    [JsonInclude]
    [JsonRequired]
    public OrderStatus Status { get; internal init; }

    /// <summary>Gets the customer (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public CustomerInfo Customer { get => Intake.Customer; internal init => Intake = Intake with { Customer = value }; }

    /// <summary>Gets the channel the order came through (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public Channel Channel { get => Intake.Channel; internal init => Intake = Intake with { Channel = value }; }

    /// <summary>Gets the priority (R4).</summary>
    [JsonInclude]
    [JsonRequired]
    public Priority Priority { get => Intake.Priority; internal init => Intake = Intake with { Priority = value }; }

    /// <summary>Gets how the priority was decided (R4): the policy's classification with its reasons and, if overridden, by whom; <see langword="null"/> for orders received before issue 22.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PriorityBasis? PriorityBasis { get => Intake.PriorityBasis; internal init => Intake = Intake with { PriorityBasis = value }; }

    /// <summary>Gets the order's currency: every amount of the order is in it.</summary>
    [JsonInclude]
    [JsonRequired]
    public Currency Currency { get; internal init; } = null!;

    /// <summary>Gets the lines (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<OrderLine> Lines { get => Intake.Lines; internal init => Intake = Intake with { Lines = value }; }

    /// <summary>Gets the contractual (requested) delivery date, a calendar date in <see cref="TimeZoneId"/>; <see langword="null"/> while open (R3).</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalDate? RequestedDeliveryDate { get => Intake.RequestedDeliveryDate; internal init => Intake = Intake with { RequestedDeliveryDate = value }; }

    /// <summary>Gets the IANA time zone id of the customer and the contract (e.g. <c>Asia/Shanghai</c>).</summary>
    [JsonInclude]
    [JsonRequired]
    public string TimeZoneId { get => Intake.TimeZoneId; internal init => Intake = Intake with { TimeZoneId = value }; }

    /// <summary>Gets the order's time zone (<see cref="TimeZoneId"/>, resolved when it was set).</summary>
    /// <exception cref="InvalidOperationException">The id names no zone: an order the kernel refuses at the door.</exception>
    internal DateTimeZone Zone => Intake.Zone ?? throw new InvalidOperationException($"The order's time zone '{TimeZoneId}' is not a known zone.");

    /// <summary>Gets the order's calendar date at <paramref name="instant"/>, in its time zone.</summary>
    internal LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Gets the quality requirements (R1).</summary>
    [JsonInclude]
    [JsonRequired]
    public string QualityRequirements { get => Intake.QualityRequirements; internal init => Intake = Intake with { QualityRequirements = value }; }

    /// <summary>
    /// Gets the acceptable quality level agreed for the final inspection, percent nonconforming (R27): with the lot size it
    /// gives the sampling plan (<see cref="SamplingPlan"/>); <see langword="null"/> when none was agreed (the inspection is then refused).
    /// </summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Aql { get => Intake.Aql; internal init => Intake = Intake with { Aql = value }; }

    /// <summary>Gets the payment terms (R17–R20).</summary>
    [JsonInclude]
    [JsonRequired]
    public PaymentTerms PaymentTerms { get => Intake.PaymentTerms; internal init => Intake = Intake with { PaymentTerms = value }; }

    /// <summary>Gets when the order was received.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant ReceivedAt { get => Intake.ReceivedAt; internal init => Intake = Intake with { ReceivedAt = value }; }

    /// <summary>Gets the order number and when it was recorded (R2); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Registration? Registration { get => Intake.Registration; internal init => Intake = Intake with { Registration = value }; }

    /// <summary>Gets the open request to the customer to complete the order (R3); <see langword="null"/> unless awaiting completion.</summary>
    [JsonInclude]
    [JsonRequired]
    public CompletionRequest? CompletionRequest { get => Intake.CompletionRequest; internal init => Intake = Intake with { CompletionRequest = value }; }

    /// <summary>Gets the current contract review round (R5–R7); <see langword="null"/> before the first submission.</summary>
    [JsonInclude]
    [JsonRequired]
    public Review? Review { get => Commercial.Review; internal init => Commercial = Commercial with { Review = value }; }

    /// <summary>Gets the current quotation (R12–R13); <see langword="null"/> before the first one.</summary>
    [JsonInclude]
    [JsonRequired]
    public Quotation? Quotation { get => Commercial.Quotation; internal init => Commercial = Commercial with { Quotation = value }; }

    /// <summary>Gets the signed contract (R15–R16); <see langword="null"/> before signing.</summary>
    [JsonInclude]
    [JsonRequired]
    public Contract? Contract { get => Commercial.Contract; internal init => Commercial = Commercial with { Contract = value }; }

    /// <summary>Gets the confirmed payments (R19), in order of confirmation.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Payment> Payments { get => Ledger.Payments; internal init => Ledger = Ledger with { Payments = value }; }

    /// <summary>Gets the latest sample round and the customer's verdict on it (R14); <see langword="null"/> before any sample.</summary>
    [JsonInclude]
    [JsonRequired]
    public SampleRound? Sample { get => Making.Sample; internal init => Making = Making with { Sample = value }; }

    /// <summary>Gets the production run (R22–R25); <see langword="null"/> before release to production.</summary>
    [JsonInclude]
    [JsonRequired]
    public ProductionRun? Production { get => Making.Run; internal init => Making = Making with { Run = value }; }

    /// <summary>Gets the latest final inspection (R27–R29); <see langword="null"/> before any.</summary>
    [JsonInclude]
    [JsonRequired]
    public Inspection? Inspection { get => Making.Inspection; internal init => Making = Making with { Inspection = value }; }

    /// <summary>Gets the signed shipment release (R30); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public ShipmentRelease? ShipmentRelease { get => Shipping.ShipmentRelease; internal init => Shipping = Shipping with { ShipmentRelease = value }; }

    /// <summary>Gets the dispatches (R31), in order; several for partial deliveries.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Shipment> Shipments { get => Shipping.Shipments; internal init => Shipping = Shipping with { Shipments = value }; }

    /// <summary>Gets the letter of credit securing payment (R18); <see langword="null"/> when none.</summary>
    [JsonInclude]
    [JsonRequired]
    public LetterOfCredit? LetterOfCredit { get => Shipping.LetterOfCredit; internal init => Shipping = Shipping with { LetterOfCredit = value }; }

    /// <summary>Gets the approved exception to the release rule (R17); <see langword="null"/> when none.</summary>
    [JsonInclude]
    [JsonRequired]
    public ShipmentException? ShipmentException { get => Shipping.ShipmentException; internal init => Shipping = Shipping with { ShipmentException = value }; }

    /// <summary>Gets the supplemental orders proposed for shortfalls beyond tolerance (R32).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<SupplementalOrderProposal> SupplementalOrders { get => Shipping.SupplementalOrders; internal init => Shipping = Shipping with { SupplementalOrders = value }; }

    /// <summary>Gets the refunds paid back (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Refund> Refunds { get => Settlement.Refunds; internal init => Settlement = Settlement with { Refunds = value }; }

    /// <summary>Gets the returns and exchanges (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ReturnRecord> Returns { get => Settlement.Returns; internal init => Settlement = Settlement with { Returns = value }; }

    /// <summary>Gets the invoices issued (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Invoice> Invoices { get => Settlement.Invoices; internal init => Settlement = Settlement with { Invoices = value }; }

    /// <summary>Gets the credit notes issued, each against an invoice (R43).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<CreditNote> CreditNotes { get => Settlement.CreditNotes; internal init => Settlement = Settlement with { CreditNotes = value }; }

    /// <summary>Gets the bank acceptance bills registered against installments, with their status (R18).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<BankAcceptanceBill> BankAcceptanceBills { get => Ledger.BankAcceptanceBills; internal init => Ledger = Ledger with { BankAcceptanceBills = value }; }

    /// <summary>Gets the delivery confirmation; <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Delivery? Delivery { get => Shipping.Delivery; internal init => Shipping = Shipping with { Delivery = value }; }

    /// <summary>Gets the active hold; <see langword="null"/> when not on hold.</summary>
    [JsonInclude]
    [JsonRequired]
    public Hold? Hold { get => Holds.Active; internal init => Holds = Holds with { Active = value }; }

    /// <summary>Gets the cancellation (R36); <see langword="null"/> unless cancelled.</summary>
    [JsonInclude]
    [JsonRequired]
    public Cancellation? Cancellation { get => Fulfilment.Cancellation; internal init => Fulfilment = Fulfilment with { Cancellation = value }; }

    /// <summary>Gets when the order was completed (R42); <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant? CompletedAt { get => Settlement.CompletedAt; internal init => Settlement = Settlement with { CompletedAt = value }; }

    /// <summary>Gets when the order was closed; <see langword="null"/> before.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant? ClosedAt { get => Settlement.ClosedAt; internal init => Settlement = Settlement with { ClosedAt = value }; }

    /// <summary>Gets the milestones reached, in order (service levels measure between them, R38).</summary>
    /// <remarks>Kept as a chain every later state shares (reaching a milestone copies nothing); the list is built on read.</remarks>
    [JsonInclude]
    [JsonRequired]
    public ValueList<MilestoneReached> Milestones { get => MilestoneTrail.ToList(ServiceLevels.Trail); internal init => ServiceLevels = ServiceLevels with { Trail = MilestoneTrail.From(value) }; }

    /// <summary>Gets the milestones reached, newest first, as the chain the kernel's own readers walk; <see langword="null"/> when none.</summary>
    internal MilestoneTrail? Trail => ServiceLevels.Trail;

    /// <summary>Gets the released holds, in order.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HoldPeriod> HoldHistory { get => Holds.History; internal init => Holds = Holds with { History = value }; }

    /// <summary>Gets the excusable delays recorded (customer-caused, force majeure, approved changes).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ExcusableDelay> ExcusableDelays { get => Delays.ExcusableDelays; internal init => Delays = Delays with { ExcusableDelays = value }; }

    /// <summary>Gets the time-limit breaches recorded when late steps were completed (R38, R40).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ServiceLevelBreach> ServiceLevelBreaches { get => ServiceLevels.Breaches; internal init => ServiceLevels = ServiceLevels with { Breaches = value }; }

    /// <summary>Gets the host milestones planned or reached (R26), one entry per milestone, in order of first mention.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HostMilestoneStatus> HostMilestones { get => ServiceLevels.HostMilestones; internal init => ServiceLevels = ServiceLevels with { HostMilestones = value }; }

    /// <summary>Gets the host levels' breaches recorded when late host milestones were reached (R26).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<HostServiceLevelBreach> HostServiceLevelBreaches { get => ServiceLevels.HostBreaches; internal init => ServiceLevels = ServiceLevels with { HostBreaches = value }; }

    /// <summary>Gets the latest delay penalty assessment (R39); <see langword="null"/> before any.</summary>
    [JsonInclude]
    [JsonRequired]
    public DelayAssessment? DelayPenalty { get => Delays.Assessment; internal init => Delays = Delays with { Assessment = value }; }

    /// <summary>Gets the order revision: 0 until a change is applied, then one more per applied change.</summary>
    [JsonInclude]
    [JsonRequired]
    public int Revision { get => Changes.Revision; internal init => Changes = Changes with { Revision = value }; }

    /// <summary>Gets the change requests, in order of submission (R33).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ChangeRequest> ChangeRequests { get => Changes.Requests; internal init => Changes = Changes with { Requests = value }; }

    /// <summary>Gets the permanent change record (R37): one entry per applied change; it only grows.</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<ChangeRecord> ChangeLog { get => Changes.Log; internal init => Changes = Changes with { Log = value }; }

    /// <summary>Gets the order file's documents, in order of attachment (R46).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<OrderDocument> Documents { get => File.Documents; internal init => File = File with { Documents = value }; }

    /// <summary>Gets the customer complaints, in order of registration (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Complaint> Complaints { get => AfterSales.Complaints; internal init => AfterSales = AfterSales with { Complaints = value }; }

    /// <summary>Gets the exchanges, in order of opening (R45).</summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<Exchange> Exchanges { get => AfterSales.Exchanges; internal init => AfterSales = AfterSales with { Exchanges = value }; }

    /// <summary>
    /// Gets the commands applied with an idempotency key, oldest first: the most recent
    /// <see cref="KernelLimits.IdempotencyWindow"/> of them (older keys are forgotten).
    /// </summary>
    [JsonInclude]
    [JsonRequired]
    public ValueList<AppliedCommand> AppliedCommands { get => Envelope.AppliedCommands; internal init => Envelope = Envelope with { AppliedCommands = value }; }

    /// <summary>Gets the instant of the last event folded into this state; a decision at an earlier instant is refused.</summary>
    [JsonInclude]
    [JsonRequired]
    public Instant UpdatedAt { get => Envelope.UpdatedAt; internal init => Envelope = Envelope with { UpdatedAt = value }; }

    /// <summary>Gets what every event changes: the version, the instant of the last event, the idempotency keys, the fold.</summary>
    internal OrderEnvelope Envelope { get; init; } = new();

    /// <summary>Gets the commercial part: intake, review, quotation and contract.</summary>
    internal CommercialPart Commercial { get; init; } = new();

    /// <summary>Gets the fulfilment part: production, shipments and cancellation.</summary>
    internal FulfilmentPart Fulfilment { get; init; } = new();

    /// <summary>Gets the accounts part: payments, settlement and after-sales.</summary>
    internal AccountsPart Accounts { get; init; } = new();

    /// <summary>Gets the tracking part: service levels, delays, change requests and the order file.</summary>
    internal TrackingPart Tracking { get; init; } = new();

    /// <summary>Gets the production area's record (R14, R21–R29).</summary>
    internal ProductionState Making { get => Fulfilment.Making; init => Fulfilment = Fulfilment with { Making = value }; }

    /// <summary>Gets the order file area's record (R46).</summary>
    internal OrderFileState File { get => Tracking.File; init => Tracking = Tracking with { File = value }; }

    /// <summary>Gets the intake area's record (R1–R4).</summary>
    internal IntakeState Intake { get => Commercial.Intake; init => Commercial = Commercial with { Intake = value }; }

    /// <summary>Gets the payments area's record (R18–R20).</summary>
    internal PaymentLedger Ledger { get => Accounts.Ledger; init => Accounts = Accounts with { Ledger = value }; }

    /// <summary>Gets the shipments area's record (R17, R18, R30–R32).</summary>
    internal ShippingState Shipping { get => Fulfilment.Shipping; init => Fulfilment = Fulfilment with { Shipping = value }; }

    /// <summary>Gets the settlements area's record (R42–R45).</summary>
    internal SettlementState Settlement { get => Accounts.Settlement; init => Accounts = Accounts with { Settlement = value }; }

    /// <summary>Gets the after-sales area's record (R45).</summary>
    internal AfterSalesState AfterSales { get => Accounts.AfterSales; init => Accounts = Accounts with { AfterSales = value }; }

    /// <summary>
    /// Gets the holds area's record (R33): beside the parts rather than in one, since a hold gates every command of the
    /// order — and placing or releasing one copies only the order and this record.
    /// </summary>
    internal HoldState Holds { get; init; } = new();

    /// <summary>Gets the delay penalties area's record (R39, R40).</summary>
    internal DelayState Delays { get => Tracking.Delays; init => Tracking = Tracking with { Delays = value }; }

    /// <summary>Gets the service levels area's record (R38).</summary>
    internal ServiceLevelState ServiceLevels { get => Tracking.ServiceLevels; init => Tracking = Tracking with { ServiceLevels = value }; }

    /// <summary>Gets the change requests area's record (R33, R37).</summary>
    internal ChangeState Changes { get => Tracking.Changes; init => Tracking = Tracking with { Changes = value }; }

    /// <summary>
    /// Gets the token of the fold that made this order: lists appended during one fold fill free slots of arrays that fold
    /// made (<see cref="ValueList{T}"/>'s owned append), so replaying a long stream stays linear.
    /// </summary>
    internal object Fold => Envelope.Scope.Owner;

    /// <summary>
    /// The order as the start of a new fold (a decision, an evolve): equal to this one, with a fold token of its own, so
    /// the fold never writes into arrays a published order holds.
    /// </summary>
    internal Order StartFold() => this with { Envelope = Envelope with { Scope = FoldScope.New() } };

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

    /// <summary>Refuses a snapshot whose payments or refunds are in another currency than the order's.</summary>
    void IJsonOnDeserialized.OnDeserialized() => _ = TotalPaid;

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

    /// <summary>The order with one more milestone reached (R38).</summary>
    internal Order Reached(Milestone milestone, NodaTime.Instant at) =>
        this with { ServiceLevels = ServiceLevels with { Trail = MilestoneTrail.Append(ServiceLevels.Trail, milestone, at) } };
}
