namespace OrderKernel;

/// <summary>Where an order's balance stands.</summary>
public enum BalanceStanding
{
    /// <summary>The customer still owes money.</summary>
    Underpaid,

    /// <summary>Nothing is owed either way.</summary>
    Settled,

    /// <summary>The customer paid more than is due: a refund is owed.</summary>
    Overpaid,
}
