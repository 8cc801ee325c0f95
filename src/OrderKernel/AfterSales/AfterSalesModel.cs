namespace OrderKernel;

/// <summary>How a complaint is resolved (R45).</summary>
public enum ComplaintRemedy
{
    /// <summary>The goods are repaired: free within warranty, charged outside it if the company says so.</summary>
    Repair,

    /// <summary>The goods are replaced: an exchange is opened for the complaint's quantity (free within warranty, charged outside it if the company says so).</summary>
    Replacement,

    /// <summary>Money is refunded: a credit note on the settlement, at most the complained goods' net value and what the customer paid less earlier credits.</summary>
    Refund,
}
