using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>A named guard of a state machine and what it checks.</summary>
public sealed record GuardDescription
{
    private GuardDescription(string name, string description, string rule)
    {
        Name = name;
        Description = description;
        Rule = rule;
    }

    /// <summary>Gets the guard's name, as the transitions name it.</summary>
    public string Name { get; }

    /// <summary>Gets what the guard checks.</summary>
    public string Description { get; }

    /// <summary>Gets the rule it enforces (an R-number).</summary>
    public string Rule { get; }

    /// <summary>Creates a guard description.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it checks.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The description.</returns>
    public static GuardDescription Create(string name, string description, string rule)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.NullOrWhiteSpace(rule);
        return new GuardDescription(name, description, rule);
    }
}
