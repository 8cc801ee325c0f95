using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates hold policies.</summary>
public static class HoldPolicy
{
    /// <summary>Gets the default hold policy.</summary>
    public static IHoldPolicy Default { get; } = Create(new HoldPolicyOptions());

    /// <summary>Creates the default hold policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IHoldPolicy Create(HoldPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.AllowedByCode, nameof(options));
        return new DefaultHoldPolicy(options);
    }

    private sealed class DefaultHoldPolicy(HoldPolicyOptions options) : IHoldPolicy
    {
        public bool Blocks(HoldCode code, CommandKind kind) =>
            !options.AlwaysAllowed.Contains(kind) && !(options.AllowedByCode.TryGetValue(code, out var more) && more.Contains(kind));
    }
}
