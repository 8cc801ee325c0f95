using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// The numbered contract (R15–R16): its amount and installment amounts are fixed when the sales manager signs it; it
/// comes into force when the customer countersigns (<see cref="InForceAt"/>), after the department head's check and the
/// company's stamp (the seed's sequence, R15), or at once in a lifecycle without <see cref="OptionalStage.ContractSignatureRound"/>.
/// </summary>
public sealed record Contract
{
    [JsonConstructor]
    internal Contract(string number, long sequence, Money amount, ValueList<InstallmentAmount> installments, string quotationNumber, ActorId signedBy, Instant signedAt, ActorId? checkedBy = null, Instant? checkedAt = null, Instant? stampedAt = null, Instant? inForceAt = null)
    {
        Number = number;
        Sequence = sequence;
        Amount = amount;
        Installments = installments;
        QuotationNumber = quotationNumber;
        SignedBy = signedBy;
        SignedAt = signedAt;
        CheckedBy = checkedBy;
        CheckedAt = checkedAt;
        StampedAt = stampedAt;
        InForceAt = inForceAt;

        // Derived once from the installments (the contract is immutable): both are read on every shipment decision.
        Deposit = Sum(static i => i.Installment.Due == InstallmentDue.OnContract);
        DueBeforeShipment = Sum(static i => i.Installment.IsDueBeforeShipment);
    }

    /// <summary>Gets the contract number, e.g. <c>CT-2026-000045</c>.</summary>
    public string Number { get; }

    /// <summary>Gets the host sequence value.</summary>
    public long Sequence { get; }

    /// <summary>Gets the contract amount: the accepted quotation's total, amended by applied changes (see <see cref="Order.ChangeLog"/>).</summary>
    public Money Amount { get; }

    /// <summary>Gets the installments with their amounts, which sum exactly to <see cref="Amount"/>.</summary>
    public ValueList<InstallmentAmount> Installments { get; }

    /// <summary>Gets the accepted quotation revision's number.</summary>
    public string QuotationNumber { get; }

    /// <summary>Gets who drew it up and signed it for the company (the sales manager).</summary>
    public ActorId SignedBy { get; }

    /// <summary>Gets when the company signed it.</summary>
    public Instant SignedAt { get; }

    /// <summary>Gets the department head who checked it (R15), or <see langword="null"/> while unchecked or in a one-step signing.</summary>
    public ActorId? CheckedBy { get; }

    /// <summary>Gets when the department head checked it (R15).</summary>
    public Instant? CheckedAt { get; }

    /// <summary>Gets when it was stamped with the contract seal and returned to the customer (R15).</summary>
    public Instant? StampedAt { get; }

    /// <summary>Gets when it came into force: the customer's countersignature (R15); the deposit is awaited from then on.</summary>
    public Instant? InForceAt { get; }

    /// <summary>Gets a value indicating whether the contract is in force (the customer countersigned, R15).</summary>
    [JsonIgnore]
    public bool IsInForce => InForceAt is not null;

    internal Contract Amended(Money amount, ValueList<InstallmentAmount> installments) => new(Number, Sequence, amount, installments, QuotationNumber, SignedBy, SignedAt, CheckedBy, CheckedAt, StampedAt, InForceAt);

    internal Contract Checked(ActorId by, Instant at) => new(Number, Sequence, Amount, Installments, QuotationNumber, SignedBy, SignedAt, by, at, StampedAt, InForceAt);

    internal Contract Stamped(Instant at) => new(Number, Sequence, Amount, Installments, QuotationNumber, SignedBy, SignedAt, CheckedBy, CheckedAt, at, InForceAt);

    internal Contract InForce(Instant at) => new(Number, Sequence, Amount, Installments, QuotationNumber, SignedBy, SignedAt, CheckedBy, CheckedAt, StampedAt, at);

    /// <summary>Gets the deposit: the installments due on contract (R17).</summary>
    [JsonIgnore]
    public Money Deposit { get; }

    /// <summary>Gets what must be paid before the goods leave (R17, R30).</summary>
    [JsonIgnore]
    public Money DueBeforeShipment { get; }

    /// <summary>Gets the status of each installment given the total paid, payments applied to installments in order.</summary>
    /// <param name="totalPaid">The total paid.</param>
    /// <returns>One status per installment.</returns>
    public ValueList<InstallmentStatus> StatusOf(Money totalPaid)
    {
        var left = totalPaid;
        var result = new InstallmentStatus[Installments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var amount = Installments[i].Amount;
            if (left >= amount)
            {
                result[i] = InstallmentStatus.Paid;
                left -= amount;
            }
            else
            {
                result[i] = left.IsPositive ? InstallmentStatus.PartlyPaid : InstallmentStatus.Open;
                left = Money.Zero(left.Currency);
            }
        }

        return ValueList<InstallmentStatus>.Of(result);
    }

    private Money Sum(System.Func<InstallmentAmount, bool> include)
    {
        var total = Money.Zero(Amount.Currency);
        foreach (var i in Installments)
        {
            if (include(i))
            {
                total += i.Amount;
            }
        }

        return total;
    }
}
