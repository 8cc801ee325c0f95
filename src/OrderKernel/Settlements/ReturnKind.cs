namespace OrderKernel;

/// <summary>What the customer sends back (R45).</summary>
public enum ReturnKind
{
    /// <summary>A return for credit.</summary>
    Return,

    /// <summary>An exchange for a replacement: no credit.</summary>
    Exchange,
}
