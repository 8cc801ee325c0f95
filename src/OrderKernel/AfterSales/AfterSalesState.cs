namespace OrderKernel;

/// <summary>The after-sales area's slice of an order (R45): complaints and exchanges.</summary>
internal sealed record AfterSalesState
{
    /// <summary>Gets the complaints, in order of registration.</summary>
    public ValueList<Complaint> Complaints { get; init; }

    /// <summary>Gets the exchanges, in order of opening.</summary>
    public ValueList<Exchange> Exchanges { get; init; }
}
