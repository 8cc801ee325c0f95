using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>A command applied with an idempotency key: the key and the fingerprint of the command it was used for.</summary>
public sealed record AppliedCommand
{
    [JsonConstructor]
    internal AppliedCommand(string idempotencyKey, string fingerprint)
    {
        IdempotencyKey = idempotencyKey;
        Fingerprint = fingerprint;
    }

    /// <summary>Gets the idempotency key.</summary>
    public string IdempotencyKey { get; }

    /// <summary>Gets the fingerprint of the command (a SHA-256 of its JSON without the key, as hexadecimal).</summary>
    public string Fingerprint { get; }
}
