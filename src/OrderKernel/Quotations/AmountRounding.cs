namespace OrderKernel;

/// <summary>How quotation amounts are rounded.</summary>
public enum AmountRounding
{
    /// <summary>Each line amount is rounded; the total is their sum.</summary>
    PerLine,

    /// <summary>The total is the rounded sum of the exact line amounts; line amounts are that total allocated by their exact amounts (largest remainder), so they still sum to it.</summary>
    PerDocument,
}
