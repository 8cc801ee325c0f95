using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

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
        var installments = Installments.AsSpan();
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = installments[i].Share.Value;
        }
    }
}
