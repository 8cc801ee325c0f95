namespace OrderKernel;

/// <summary>Identifies a person or system acting on an order.</summary>
public sealed record ActorId : Identifier
{
    private ActorId(string value)
        : base(value)
    {
    }

    /// <summary>Creates an actor id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static ActorId From(string value) => new(value);
}
