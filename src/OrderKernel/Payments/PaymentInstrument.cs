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
