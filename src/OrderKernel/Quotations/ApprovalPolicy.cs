using System;
using System.Collections.Frozen;
using System.Collections.Generic;
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

    /// <summary>Tells whether the policy has limits for amounts in <paramref name="currency"/>.</summary>
    /// <param name="currency">The order's currency.</param>
    /// <returns>
    /// <see langword="true"/> when <see cref="Require"/> can decide amounts in the currency; when <see langword="false"/>,
    /// preparing a quotation is refused with <c>approval.limit-missing</c> (R8) instead of comparing across currencies.
    /// The default implementation returns <see langword="true"/>.
    /// </returns>
    bool HasLimitsFor(Currency currency) => true;
}

/// <summary>Approval limits for amounts in one currency.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="DepartmentHeadUpTo">The amount up to which a department head suffices.</param>
/// <param name="GeneralManagerUpTo">The amount up to which the general manager suffices; above it the chairman approves too.</param>
public sealed record ApprovalLimit(Currency Currency, decimal DepartmentHeadUpTo, decimal GeneralManagerUpTo);

/// <summary>Options of the default approval policy.</summary>
public sealed record ApprovalPolicyOptions
{
    /// <summary>
    /// Gets the default limits: one <see cref="ApprovalLimit"/> for every currency in <see cref="Currency.All"/>, each about the
    /// same value (USD 100,000 for a department head, USD 1,000,000 for the general manager, converted and rounded).
    /// </summary>
    public static ValueList<ApprovalLimit> DefaultLimits { get; } = BuildDefaultLimits();

    /// <summary>
    /// Gets the limits per currency; default <see cref="DefaultLimits"/>. An order in a currency without a limit here is
    /// refused with <c>approval.limit-missing</c> (R8): amounts are never compared across currencies.
    /// </summary>
    public ValueList<ApprovalLimit> Limits { get; init; } = DefaultLimits;

    /// <summary>Gets a value indicating whether important and urgent orders need at least the general manager; default <see langword="true"/>.</summary>
    public bool ImportantOrdersNeedGeneralManager { get; init; } = true;

    /// <summary>Gets the largest line discount a department head may approve alone; above it the general manager approves too; default 5 %.</summary>
    public Percentage DiscountNeedingGeneralManager { get; init; } = Percentage.Of(5m);

    private static ValueList<ApprovalLimit> BuildDefaultLimits()
    {
        // Department head limits; the general manager's is ten times as much. They are the seeds' USD 100,000 (and
        // 1,000,000) converted at reference rates of mid-2025 (units per USD in the comments; USD 1 = CNY 7.14) and rounded
        // to two significant figures, so that an order needs the same levels for about the same value in every currency.
        // They are a starting point only: hosts should set their own limits per currency (ApprovalPolicyOptions.Limits).
        (string Code, decimal HeadUpTo)[] table =
        [
            ("AED", 370_000m), // 3.6725
            ("AUD", 150_000m), // 1.53
            ("BHD", 38_000m), // 0.376
            ("BRL", 550_000m), // 5.5
            ("CAD", 140_000m), // 1.37
            ("CHF", 80_000m), // 0.80
            ("CLP", 94_000_000m), // 940
            ("CNY", 710_000m), // 7.14
            ("CZK", 2_100_000m), // 21
            ("DKK", 640_000m), // 6.4
            ("EUR", 86_000m), // 0.86
            ("GBP", 75_000m), // 0.75
            ("HKD", 790_000m), // 7.85
            ("HUF", 34_000_000m), // 340
            ("IDR", 1_600_000_000m), // 16,300
            ("INR", 8_700_000m), // 87
            ("ISK", 12_000_000m), // 124
            ("JOD", 71_000m), // 0.709
            ("JPY", 15_000_000m), // 148
            ("KRW", 140_000_000m), // 1,390
            ("KWD", 31_000m), // 0.306
            ("MXN", 1_900_000m), // 18.6
            ("MYR", 420_000m), // 4.2
            ("NOK", 1_000_000m), // 10.2
            ("NZD", 170_000m), // 1.69
            ("OMR", 38_000m), // 0.385
            ("PHP", 5_700_000m), // 57
            ("PLN", 370_000m), // 3.65
            ("RUB", 8_000_000m), // 80
            ("SAR", 380_000m), // 3.75
            ("SEK", 960_000m), // 9.6
            ("SGD", 130_000m), // 1.29
            ("THB", 3_300_000m), // 32.5
            ("TND", 300_000m), // 2.95
            ("TRY", 4_100_000m), // 40.7
            ("TWD", 3_000_000m), // 30
            ("USD", 100_000m), // 1
            ("VND", 2_600_000_000m), // 26,100
            ("ZAR", 1_800_000m), // 17.8
        ];
        var limits = new ApprovalLimit[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            limits[i] = new ApprovalLimit(Currency.FromCode(table[i].Code), table[i].HeadUpTo, table[i].HeadUpTo * 10m);
        }

        return ValueList<ApprovalLimit>.Of(limits);
    }
}

/// <summary>Creates approval policies.</summary>
public static class ApprovalPolicy
{
    /// <summary>Gets the default policy: the <see cref="ApprovalPolicyOptions.DefaultLimits"/> (department head up to about USD 100,000; general manager up to about USD 1,000,000; chairman above, in every currency); discounts above 5 % need the general manager.</summary>
    public static IApprovalPolicy Default { get; } = Create(new ApprovalPolicyOptions());

    /// <summary>Validates options and creates the default approval policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IApprovalPolicy Create(ApprovalPolicyOptions options)
    {
        Guard.Against.Null(options);
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
        // The limits per currency, looked up once per decision (the first limit of a currency wins, as in the options' order).
        private readonly FrozenDictionary<Currency, ApprovalLimit> _limits = LimitsByCurrency(options.Limits);

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

        public bool HasLimitsFor(Currency currency) => _limits.ContainsKey(currency);

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

        private static FrozenDictionary<Currency, ApprovalLimit> LimitsByCurrency(ValueList<ApprovalLimit> limits)
        {
            var byCurrency = new Dictionary<Currency, ApprovalLimit>();
            foreach (var limit in limits)
            {
                byCurrency.TryAdd(limit.Currency, limit);
            }

            return byCurrency.ToFrozenDictionary();
        }

        private (decimal Head, decimal GeneralManager) LimitsFor(Currency currency)
        {
            var limit = _limits.GetValueOrDefault(currency) ?? throw new System.InvalidOperationException($"No approval limits for {currency.Code}; check HasLimitsFor first (R8).");
            return (limit.DepartmentHeadUpTo, limit.GeneralManagerUpTo);
        }
    }
}
