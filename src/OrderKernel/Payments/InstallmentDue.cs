namespace OrderKernel;

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
