using System.Globalization;
using Ardalis.GuardClauses;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Quotations;

/// <summary>The approval levels required, in order, and why (R8).</summary>
/// <param name="Levels">The levels, lowest first; each approves in turn.</param>
/// <param name="Explanation">The thresholds and inputs that decided them.</param>
public sealed record ApprovalRequirement(ValueList<ApprovalLevel> Levels, string Explanation);

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

        public ApprovalRequirement Require(in ApprovalRequest request)
        {
            var amount = request.Amount;
            var (head, gm) = LimitsFor(amount.Currency);
            var limits = string.Create(CultureInfo.InvariantCulture, $"{amount.Currency.Code} limits: department head up to {head:N0}, general manager up to {gm:N0}");
            if (amount.Amount > gm)
            {
                return new ApprovalRequirement(UpToChairman, string.Create(CultureInfo.InvariantCulture, $"{amount} is above {gm:N0}: department head, general manager, then chairman ({limits}) (R8)."));
            }

            if (amount.Amount > head)
            {
                return new ApprovalRequirement(UpToGeneralManager, string.Create(CultureInfo.InvariantCulture, $"{amount} is above {head:N0}: department head, then general manager ({limits}) (R8)."));
            }

            if (request.LargestDiscount > options.DiscountNeedingGeneralManager)
            {
                return new ApprovalRequirement(UpToGeneralManager, $"{amount} is within the department head's limit, but a discount of {request.LargestDiscount} exceeds {options.DiscountNeedingGeneralManager}: the general manager approves too (R8).");
            }

            if (options.ImportantOrdersNeedGeneralManager && request.Priority != Priority.Normal)
            {
                return new ApprovalRequirement(UpToGeneralManager, $"{amount} is within the department head's limit, but a {request.Priority} order needs the general manager (R8, R4).");
            }

            return new ApprovalRequirement(HeadOnly, $"{amount} is within the department head's limit ({limits}) (R8).");
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
