namespace OrderKernel;

/// <summary>Where a bank acceptance bill stands (R18).</summary>
public enum BillStatus
{
    /// <summary>Accepted by the bank and not yet due or not yet settled: it secures the installment by its terms.</summary>
    Accepted,

    /// <summary>Paid at or after maturity: its amount is a confirmed payment (counted once, in <see cref="Order.TotalPaid"/>).</summary>
    Honoured,

    /// <summary>Refused at maturity: it secures nothing and pays nothing.</summary>
    Dishonoured,
}
