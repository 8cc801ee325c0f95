using NodaTime;

namespace OrderKernel;

/// <summary>A letter of credit securing payment (R18): it covers installments due before shipment while valid.</summary>
/// <param name="Number">The L/C number.</param>
/// <param name="IssuingBank">The issuing bank.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Expiry">The last valid day, in the contract's time zone.</param>
/// <param name="RequiredDocuments">The documents the L/C requires for presentation.</param>
public sealed record LetterOfCredit(string Number, string IssuingBank, Money Amount, LocalDate Expiry, ValueList<string> RequiredDocuments);
