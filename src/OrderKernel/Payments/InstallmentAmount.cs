using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>An installment of the signed contract with its fixed amount.</summary>
public sealed record InstallmentAmount
{
    [JsonConstructor]
    internal InstallmentAmount(Installment installment, Money amount)
    {
        Installment = installment;
        Amount = amount;
    }

    /// <summary>Gets the installment of the terms.</summary>
    public Installment Installment { get; }

    /// <summary>Gets its amount, fixed when the contract was signed.</summary>
    public Money Amount { get; }
}
