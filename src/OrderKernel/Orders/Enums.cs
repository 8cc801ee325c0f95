namespace OrderKernel;

/// <summary>How an order arrived (R1).</summary>
public enum Channel
{
    /// <summary>By telephone.</summary>
    Phone,

    /// <summary>By fax.</summary>
    Fax,

    /// <summary>By e-mail.</summary>
    Email,

    /// <summary>Through a web shop.</summary>
    WebShop,

    /// <summary>At a point of sale.</summary>
    PointOfSale,

    /// <summary>During a customer visit.</summary>
    Visit,

    /// <summary>At a trade fair.</summary>
    TradeFair,

    /// <summary>By electronic data interchange.</summary>
    Edi,
}
