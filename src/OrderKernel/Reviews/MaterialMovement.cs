namespace OrderKernel;

/// <summary>What happened to reserved main material (R11).</summary>
public enum MaterialMovement
{
    /// <summary>Given back: the order was cancelled or lost, or a change removed the line.</summary>
    Released,

    /// <summary>Rescaled: a change altered the line's quantity; the entries are the quantities reserved afterwards.</summary>
    Adjusted,

    /// <summary>Used up: the order was released to production.</summary>
    Consumed,

    /// <summary>Reserved afterwards: a change added a line before the release to production; its product and quantity are reserved like the lines at review.</summary>
    Reserved,
}
