namespace OrderKernel;

/// <summary>A review criterion (R7).</summary>
public enum ReviewCriterion
{
    /// <summary>Legal and compliant.</summary>
    Compliance,

    /// <summary>Within the customer's credit or the budget.</summary>
    CreditOrBudget,

    /// <summary>Enough production capacity.</summary>
    Capacity,

    /// <summary>Materials and stock available.</summary>
    Materials,

    /// <summary>Risks named, with mitigations.</summary>
    Risks,
}
