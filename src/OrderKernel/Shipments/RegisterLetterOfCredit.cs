using NodaTime;

namespace OrderKernel;

/// <summary>Register the letter of credit securing the order (R18).</summary>
/// <param name="Number">The L/C number.</param>
/// <param name="IssuingBank">The issuing bank.</param>
/// <param name="Amount">The amount, in the order's currency.</param>
/// <param name="Expiry">The last valid day.</param>
/// <param name="RequiredDocuments">The documents required.</param>
public sealed record RegisterLetterOfCredit(string Number, string IssuingBank, Money Amount, LocalDate Expiry, ValueList<string> RequiredDocuments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RegisterLetterOfCredit;

    internal override void CheckInput(InputCheck c) => c.Key("number", Number).Text("issuingBank", IssuingBank).Money("amount", Amount).Date("expiry", Expiry).Texts("requiredDocuments", RequiredDocuments);
}
