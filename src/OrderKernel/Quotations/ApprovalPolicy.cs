using System;
using System.Globalization;
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

/// <summary>What an approval decision is based on: the amount, the order's importance and the largest discount granted.</summary>
/// <remarks>A <see langword="readonly"/> struct so that evaluating a policy allocates nothing for its arguments.</remarks>
public readonly struct ApprovalRequest
{
    /// <summary>Creates an approval request.</summary>
    /// <param name="amount">The amount to approve (the quotation total).</param>
    /// <param name="priority">The order's priority (importance, R4).</param>
    /// <param name="largestDiscount">The largest line discount granted.</param>
    public ApprovalRequest(Money amount, Priority priority, Percentage largestDiscount)
    {
        Amount = amount;
        Priority = priority;
        LargestDiscount = largestDiscount;
    }

    /// <summary>Gets the amount to approve.</summary>
    public Money Amount { get; }

    /// <summary>Gets the order's priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the largest line discount granted.</summary>
    public Percentage LargestDiscount { get; }
}

/// <summary>Maps an amount, an order's importance and the discount granted to the approval levels required (R8).</summary>
public interface IApprovalPolicy
{
    /// <summary>Decides the approval levels for a request.</summary>
    /// <param name="request">The amount, priority and largest discount.</param>
    /// <returns>The requirement with its explanation.</returns>
    ApprovalRequirement Require(in ApprovalRequest request);

    /// <summary>Explains, for people, which thresholds and inputs decide the levels <see cref="Require"/> returns.</summary>
    /// <param name="request">The amount, priority and largest discount.</param>
    /// <returns>The explanation, naming the rule (R8).</returns>
    string Explain(in ApprovalRequest request);
}

/// <summary>Approval limits for amounts in one currency.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="DepartmentHeadUpTo">The amount up to which a department head suffices.</param>
/// <param name="GeneralManagerUpTo">The amount up to which the general manager suffices; above it the chairman approves too.</param>
public sealed record ApprovalLimit(Currency Currency, decimal DepartmentHeadUpTo, decimal GeneralManagerUpTo);

/// <summary>Options of the default approval policy.</summary>
public sealed record ApprovalPolicyOptions
{
    /// <summary>Gets the amount up to which a department head's approval suffices, for currencies without their own <see cref="Limits"/>; default 100,000.</summary>
    public decimal DepartmentHeadUpTo { get; init; } = 100_000m;

    /// <summary>Gets the amount up to which the general manager's approval suffices, for currencies without their own <see cref="Limits"/>; default 1,000,000. Above it the chairman approves too.</summary>
    public decimal GeneralManagerUpTo { get; init; } = 1_000_000m;

    /// <summary>Gets limits per currency, which take precedence over the defaults; default none.</summary>
    public ValueList<ApprovalLimit> Limits { get; init; }

    /// <summary>Gets a value indicating whether important and urgent orders need at least the general manager; default <see langword="true"/>.</summary>
    public bool ImportantOrdersNeedGeneralManager { get; init; } = true;

    /// <summary>Gets the largest line discount a department head may approve alone; above it the general manager approves too; default 5 %.</summary>
    public Percentage DiscountNeedingGeneralManager { get; init; } = Percentage.Of(5m);
}

/// <summary>Creates approval policies.</summary>
public static class ApprovalPolicy
{
    /// <summary>Gets the default policy: department head up to 100,000; general manager up to 1,000,000; chairman above; discounts above 5 % need the general manager.</summary>
    public static IApprovalPolicy Default { get; } = Create(new ApprovalPolicyOptions());

    /// <summary>Validates options and creates the default approval policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IApprovalPolicy Create(ApprovalPolicyOptions options)
    {
        Guard.Against.Null(options);
        Check(options.DepartmentHeadUpTo, options.GeneralManagerUpTo);
        foreach (var limit in options.Limits)
        {
            Guard.Against.Null(limit, nameof(options));
            Guard.Against.Null(limit.Currency, nameof(options));
            Check(limit.DepartmentHeadUpTo, limit.GeneralManagerUpTo);
        }

        return new DefaultApprovalPolicy(options);

        static void Check(decimal head, decimal gm)
        {
            Guard.Against.Negative(head, nameof(options));
            if (gm < head)
            {
                throw new System.ArgumentException("The general manager's limit cannot be below the department head's.", nameof(options));
            }
        }
    }

    private sealed class DefaultApprovalPolicy(ApprovalPolicyOptions options) : IApprovalPolicy
    {
        private static readonly ValueList<ApprovalLevel> HeadOnly = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead);
        private static readonly ValueList<ApprovalLevel> UpToGeneralManager = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager);
        private static readonly ValueList<ApprovalLevel> UpToChairman = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager, ApprovalLevel.Chairman);

        private enum Basis
        {
            WithinHead,
            AboveHead,
            AboveGeneralManager,
            Discount,
            Important,
        }

        public ApprovalRequirement Require(in ApprovalRequest request) => new(LevelsOf(Decide(request)), this, request);

        public string Explain(in ApprovalRequest request)
        {
            var amount = request.Amount;
            var (head, gm) = LimitsFor(amount.Currency);
            var limits = string.Create(CultureInfo.InvariantCulture, $"{amount.Currency.Code} limits: department head up to {head:N0}, general manager up to {gm:N0}");
            return Decide(request) switch
            {
                Basis.AboveGeneralManager => string.Create(CultureInfo.InvariantCulture, $"{amount} is above {gm:N0}: department head, general manager, then chairman ({limits}) (R8)."),
                Basis.AboveHead => string.Create(CultureInfo.InvariantCulture, $"{amount} is above {head:N0}: department head, then general manager ({limits}) (R8)."),
                Basis.Discount => $"{amount} is within the department head's limit, but a discount of {request.LargestDiscount} exceeds {options.DiscountNeedingGeneralManager}: the general manager approves too (R8).",
                Basis.Important => $"{amount} is within the department head's limit, but a {request.Priority} order needs the general manager (R8, R4).",
                _ => $"{amount} is within the department head's limit ({limits}) (R8).",
            };
        }

        private static ValueList<ApprovalLevel> LevelsOf(Basis basis) => basis switch
        {
            Basis.AboveGeneralManager => UpToChairman,
            Basis.WithinHead => HeadOnly,
            _ => UpToGeneralManager,
        };

        private Basis Decide(in ApprovalRequest request)
        {
            var amount = request.Amount;
            var (head, gm) = LimitsFor(amount.Currency);
            if (amount.Amount > gm)
            {
                return Basis.AboveGeneralManager;
            }

            if (amount.Amount > head)
            {
                return Basis.AboveHead;
            }

            if (request.LargestDiscount > options.DiscountNeedingGeneralManager)
            {
                return Basis.Discount;
            }

            return options.ImportantOrdersNeedGeneralManager && request.Priority != Priority.Normal ? Basis.Important : Basis.WithinHead;
        }

        private (decimal Head, decimal GeneralManager) LimitsFor(Currency currency)
        {
            foreach (var limit in options.Limits)
            {
                if (limit.Currency.Equals(currency))
                {
                    return (limit.DepartmentHeadUpTo, limit.GeneralManagerUpTo);
                }
            }

            return (options.DepartmentHeadUpTo, options.GeneralManagerUpTo);
        }
    }
}
