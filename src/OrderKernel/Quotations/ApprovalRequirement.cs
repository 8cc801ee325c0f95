using System;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>The approval levels required, in order, and why (R8).</summary>
/// <remarks>
/// A value type, so that deciding the levels allocates nothing. The explanation is either given as text or produced on
/// first read by the policy that decided (<see cref="IApprovalPolicy.Explain"/>); equality compares levels and explanation.
/// </remarks>
public readonly struct ApprovalRequirement : IEquatable<ApprovalRequirement>
{
    private readonly string? _explanation;
    private readonly IApprovalPolicy? _explainer;
    private readonly ApprovalRequest _request;

    /// <summary>Creates a requirement with its explanation as text.</summary>
    /// <param name="levels">The levels, lowest first; each approves in turn.</param>
    /// <param name="explanation">The thresholds and inputs that decided them.</param>
    public ApprovalRequirement(ValueList<ApprovalLevel> levels, string explanation)
    {
        Levels = levels;
        _explanation = Guard.Against.NullOrWhiteSpace(explanation);
        _explainer = null;
        _request = default;
    }

    /// <summary>Creates a requirement whose explanation <paramref name="explainer"/> produces when it is read.</summary>
    /// <param name="levels">The levels, lowest first; each approves in turn.</param>
    /// <param name="explainer">The policy that decided; its <see cref="IApprovalPolicy.Explain"/> is called on first read.</param>
    /// <param name="request">The request decided.</param>
    public ApprovalRequirement(ValueList<ApprovalLevel> levels, IApprovalPolicy explainer, in ApprovalRequest request)
    {
        Levels = levels;
        _explanation = null;
        _explainer = Guard.Against.Null(explainer);
        _request = request;
    }

    /// <summary>Gets the levels, lowest first; each approves in turn.</summary>
    public ValueList<ApprovalLevel> Levels { get; }

    /// <summary>Gets the thresholds and inputs that decided the levels.</summary>
    public string Explanation => _explanation ?? _explainer?.Explain(_request) ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ApprovalRequirement other) => Levels == other.Levels && Explanation == other.Explanation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApprovalRequirement other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Levels, Explanation);

    /// <summary>Compares two requirements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when levels and explanation are equal.</returns>
    public static bool operator ==(ApprovalRequirement left, ApprovalRequirement right) => left.Equals(right);

    /// <summary>Compares two requirements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ApprovalRequirement left, ApprovalRequirement right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Levels}: {Explanation}";
}
