using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
        private readonly FrozenDictionary<Currency, Limits> _limits = LimitsByCurrency(options.Limits);

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

        private static FrozenDictionary<Currency, Limits> LimitsByCurrency(ValueList<ApprovalLimit> limits)
        {
            var byCurrency = new Dictionary<Currency, Limits>();
            foreach (var limit in limits)
            {
                // At least the currency's scale, as the amounts compared with them have (a zero added keeps the value):
                // comparing decimals of the same scale needs no rescaling.
                var zero = limit.Currency.ZeroAmount;
                byCurrency.TryAdd(limit.Currency, new Limits(limit.DepartmentHeadUpTo + zero, limit.GeneralManagerUpTo + zero));
            }

            return byCurrency.ToFrozenDictionary();
        }

        private Limits LimitsFor(Currency currency) =>
            _limits.TryGetValue(currency, out var limits)
                ? limits
                : throw new System.InvalidOperationException($"No approval limits for {currency.Code}; check HasLimitsFor first (R8).");

        private readonly record struct Limits(decimal Head, decimal GeneralManager);
    }
}
