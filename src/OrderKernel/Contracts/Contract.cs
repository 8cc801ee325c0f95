using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The signed, numbered contract (R15–R16): its amount and installment amounts are fixed here.</summary>
public sealed record Contract
{
    [JsonConstructor]
    internal Contract(string number, long sequence, Money amount, ValueList<InstallmentAmount> installments, string quotationNumber, ActorId signedBy, Instant signedAt)
    {
        Number = number;
        Sequence = sequence;
        Amount = amount;
        Installments = installments;
        QuotationNumber = quotationNumber;
        SignedBy = signedBy;
        SignedAt = signedAt;

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

    /// <summary>Gets who signed for the company.</summary>
    public ActorId SignedBy { get; }

    /// <summary>Gets when it was signed (the customer's signature makes it effective, R15).</summary>
    public Instant SignedAt { get; }

    internal Contract Amended(Money amount, ValueList<InstallmentAmount> installments) => new(Number, Sequence, amount, installments, QuotationNumber, SignedBy, SignedAt);

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

/// <summary>Sign and number the contract on the accepted quotation's terms (R15–R16).</summary>
/// <param name="Sequence">The next value of the host's contract sequence; positive.</param>
public sealed record SignContract(long Sequence) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SignContract;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence);
}

/// <summary>The contract was signed and numbered; its amount and installments are fixed.</summary>
/// <param name="Number">The contract number.</param>
/// <param name="Sequence">The sequence value.</param>
/// <param name="Amount">The contract amount.</param>
/// <param name="Installments">The installments with amounts.</param>
/// <param name="QuotationNumber">The accepted quotation revision.</param>
public sealed record ContractSigned(string Number, long Sequence, Money Amount, ValueList<InstallmentAmount> Installments, string QuotationNumber) : OrderEvent;
