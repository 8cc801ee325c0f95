namespace OrderKernel;

/// <summary>Which quantity the customer is invoiced for.</summary>
public enum InvoiceBasis
{
    /// <summary>The delivered quantity: a delivery within tolerance is invoiced as delivered (R44).</summary>
    Delivered,

    /// <summary>The ordered quantity, whatever was delivered within tolerance.</summary>
    Ordered,
}
