using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

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
