using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>How a payment is made (R17–R20).</summary>
public enum PaymentInstrument
{
    /// <summary>Telegraphic transfer (wire), R17.</summary>
    TelegraphicTransfer,

    /// <summary>Letter of credit, R18.</summary>
    LetterOfCredit,

    /// <summary>Bank acceptance bill, R18.</summary>
    BankAcceptanceBill,

    /// <summary>Cash on delivery, R20.</summary>
    CashOnDelivery,

    /// <summary>Prepayment of the whole amount, R20.</summary>
    Prepayment,

    /// <summary>Monthly settlement, R20.</summary>
    MonthlySettlement,
}

/// <summary>When an installment falls due.</summary>
public enum InstallmentDue
{
    /// <summary>When the contract is signed (the deposit, R17).</summary>
    OnContract,

    /// <summary>Before the goods are shipped (the balance, R17, R30).</summary>
    BeforeShipment,

    /// <summary>On delivery (cash on delivery, R20).</summary>
    OnDelivery,

    /// <summary>A number of days (<see cref="Installment.Days"/>) after the first invoice's date (R20, R43; see <see cref="InstallmentSchedule"/>).</summary>
    DaysAfterInvoice,

    /// <summary>With the customer's monthly settlement (R20): cut-off at the end of the first invoice's month, due <see cref="Installment.Days"/> days after it.</summary>
    MonthlySettlement,
}

/// <summary>One installment of the payment terms: a share of the contract amount and when it falls due.</summary>
public sealed record Installment
{
    [JsonConstructor]
    internal Installment(string name, Percentage share, InstallmentDue due, int days)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NegativeOrZero(share.Value, nameof(share));
        Guard.Against.EnumOutOfRange(due);
        Guard.Against.Negative(days);
        if (days != 0 && due is not (InstallmentDue.DaysAfterInvoice or InstallmentDue.MonthlySettlement))
        {
            throw new ArgumentException("Days apply only to installments due a number of days after the invoice or after the monthly settlement's cut-off.", nameof(days));
        }

        Name = name;
        Share = share;
        Due = due;
        Days = days;
    }

    /// <summary>Gets the installment's name, e.g. <c>deposit</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the share of the contract amount.</summary>
    public Percentage Share { get; }

    /// <summary>Gets when it falls due.</summary>
    public InstallmentDue Due { get; }

    /// <summary>Gets the days after the invoice (<see cref="InstallmentDue.DaysAfterInvoice"/>) or after the monthly cut-off (<see cref="InstallmentDue.MonthlySettlement"/>); otherwise 0.</summary>
    public int Days { get; }

    /// <summary>Gets a value indicating whether the installment must be paid before the goods leave (R30).</summary>
    [JsonIgnore]
    public bool IsDueBeforeShipment => Due is InstallmentDue.OnContract or InstallmentDue.BeforeShipment;

    /// <summary>Creates an installment.</summary>
    /// <param name="name">The name.</param>
    /// <param name="share">The share, above 0 %.</param>
    /// <param name="due">When it falls due.</param>
    /// <param name="days">Days after the invoice or the monthly cut-off, only with <see cref="InstallmentDue.DaysAfterInvoice"/> or <see cref="InstallmentDue.MonthlySettlement"/>.</param>
    /// <returns>The installment.</returns>
    public static Installment Create(string name, Percentage share, InstallmentDue due, int days = 0) => new(name, share, due, days);
}

/// <summary>
/// Payment terms: an instrument and installments whose shares sum to 100 % (R17–R20).
/// </summary>
public sealed record PaymentTerms
{
    [JsonConstructor]
    internal PaymentTerms(PaymentInstrument instrument, ValueList<Installment> installments)
    {
        Guard.Against.EnumOutOfRange(instrument);
        if (installments.IsEmpty)
        {
            throw new ArgumentException("Payment terms need at least one installment.", nameof(installments));
        }

        var sum = 0m;
        foreach (var i in installments)
        {
            Guard.Against.Null(i, nameof(installments));
            sum += i.Share.Value;
        }

        if (sum != 100m)
        {
            throw new ArgumentException($"Installment shares sum to {sum} %, not 100 %.", nameof(installments));
        }

        Instrument = instrument;
        Installments = installments;
    }

    /// <summary>Gets the seed's default: T/T, 30 % deposit on contract, 70 % balance before shipment (R17).</summary>
    public static PaymentTerms Default { get; } = Create(
        PaymentInstrument.TelegraphicTransfer,
        Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract),
        Installment.Create("balance", Percentage.Of(70m), InstallmentDue.BeforeShipment));

    /// <summary>Gets the payment instrument.</summary>
    public PaymentInstrument Instrument { get; }

    /// <summary>Gets the installments, in order.</summary>
    public ValueList<Installment> Installments { get; }

    /// <summary>Creates payment terms.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="installments">The installments; their shares sum to exactly 100 %.</param>
    /// <returns>The terms.</returns>
    public static PaymentTerms Create(PaymentInstrument instrument, params ReadOnlySpan<Installment> installments) =>
        new(instrument, ValueList<Installment>.Of(installments));

    /// <summary>The installments paired with their amounts for a contract amount.</summary>
    internal ValueList<InstallmentAmount> AmountsFor(Money contractAmount)
    {
        var parts = Split(contractAmount);
        var installments = new InstallmentAmount[parts.Count];
        for (var i = 0; i < installments.Length; i++)
        {
            installments[i] = new InstallmentAmount(Installments[i], parts[i]);
        }

        return ValueList<InstallmentAmount>.Of(installments);
    }

    /// <summary>Splits a contract amount into installment amounts that sum to it exactly (largest remainder in minor units).</summary>
    /// <param name="contractAmount">The contract amount.</param>
    /// <returns>One amount per installment, in order.</returns>
    public ValueList<Money> Split(Money contractAmount)
    {
        var weights = new decimal[Installments.Count];
        Shares(weights);
        return contractAmount.Allocate(weights);
    }

    /// <summary>The amount of one installment of <paramref name="contractAmount"/>: <c>Split(contractAmount)[index]</c>.</summary>
    /// <param name="index">The installment's zero-based position.</param>
    /// <param name="contractAmount">The contract amount.</param>
    /// <returns>The installment's amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an installment.</exception>
    public Money AmountOf(int index, Money contractAmount)
    {
        if (index < 0 || index >= Installments.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {Installments.Count} installments.");
        }

        // The same split as Split, its scratch space on the stack: only the asked installment is built.
        var count = Installments.Count;
        Span<decimal> weights = count <= KernelLimits.MaxInstallments ? stackalloc decimal[count] : new decimal[count];
        Shares(weights);
        return contractAmount.AllocatedPart(weights, index);
    }

    private void Shares(Span<decimal> weights)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Installments[i].Share.Value;
        }
    }
}
