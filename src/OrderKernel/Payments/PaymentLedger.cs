namespace OrderKernel;

/// <summary>The payments area's slice of an order (R18–R20): the confirmed payments and the bank acceptance bills.</summary>
internal sealed record PaymentLedger
{
    /// <summary>Gets the confirmed payments, in order of confirmation.</summary>
    public ValueList<Payment> Payments { get; init; }

    /// <summary>Gets the bank acceptance bills registered against installments (R18).</summary>
    public ValueList<BankAcceptanceBill> BankAcceptanceBills { get; init; }
}
