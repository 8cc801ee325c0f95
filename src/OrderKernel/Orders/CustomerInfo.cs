using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>The customer as the order records it: identity, name and tier (R1, R9).</summary>
public sealed record CustomerInfo
{
    [JsonConstructor]
    internal CustomerInfo(CustomerId id, string name, CustomerTier tier)
    {
        Guard.Against.Null(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(tier);
        Id = id;
        Name = name;
        Tier = tier;
    }

    /// <summary>Gets the customer's identity.</summary>
    public CustomerId Id { get; }

    /// <summary>Gets the customer's name.</summary>
    public string Name { get; }

    /// <summary>Gets the customer's tier.</summary>
    public CustomerTier Tier { get; }

    /// <summary>Creates customer information.</summary>
    /// <param name="id">The customer id.</param>
    /// <param name="name">The name.</param>
    /// <param name="tier">The tier.</param>
    /// <returns>The customer information.</returns>
    public static CustomerInfo Create(CustomerId id, string name, CustomerTier tier) => new(id, name, tier);
}
