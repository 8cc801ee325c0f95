using System.Globalization;
using Ardalis.GuardClauses;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Quotations;

/// <summary>The approval levels required, in order, and why (R8).</summary>
/// <param name="Levels">The levels, lowest first; each approves in turn.</param>
/// <param name="Explanation">The thresholds and inputs that decided them.</param>
public sealed record ApprovalRequirement(ValueList<ApprovalLevel> Levels, string Explanation);

/// <summary>Maps an amount and an order's importance to the approval levels required (R8).</summary>
public interface IApprovalPolicy
{
    /// <summary>Decides the approval levels for an amount.</summary>
    /// <param name="amount">The amount to approve (the quotation total).</param>
    /// <param name="priority">The order's priority (importance, R4).</param>
    /// <returns>The requirement with its explanation.</returns>
    ApprovalRequirement Require(Money amount, Priority priority);
}

/// <summary>Options of the default approval policy (amounts in the quotation's currency).</summary>
public sealed record ApprovalPolicyOptions
{
    /// <summary>Gets the amount up to which a department head's approval suffices; default 100,000.</summary>
    public decimal DepartmentHeadUpTo { get; init; } = 100_000m;

    /// <summary>Gets the amount up to which the general manager's approval suffices; default 1,000,000. Above it the chairman approves too.</summary>
    public decimal GeneralManagerUpTo { get; init; } = 1_000_000m;

    /// <summary>Gets a value indicating whether important and urgent orders need at least the general manager; default <see langword="true"/>.</summary>
    public bool ImportantOrdersNeedGeneralManager { get; init; } = true;
}

/// <summary>Creates approval policies.</summary>
public static class ApprovalPolicy
{
    /// <summary>Gets the default policy: department head up to 100,000; general manager up to 1,000,000; chairman above.</summary>
    public static IApprovalPolicy Default { get; } = Create(new ApprovalPolicyOptions());

    /// <summary>Validates options and creates the default approval policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IApprovalPolicy Create(ApprovalPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Negative(options.DepartmentHeadUpTo, nameof(options));
        if (options.GeneralManagerUpTo < options.DepartmentHeadUpTo)
        {
            throw new System.ArgumentException("The general manager's limit cannot be below the department head's.", nameof(options));
        }

        return new DefaultApprovalPolicy(options);
    }

    private sealed class DefaultApprovalPolicy(ApprovalPolicyOptions options) : IApprovalPolicy
    {
        private static readonly ValueList<ApprovalLevel> HeadOnly = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead);
        private static readonly ValueList<ApprovalLevel> UpToGeneralManager = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager);
        private static readonly ValueList<ApprovalLevel> UpToChairman = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager, ApprovalLevel.Chairman);

        public ApprovalRequirement Require(Money amount, Priority priority)
        {
            var a = amount.Amount;
            var limits = string.Create(CultureInfo.InvariantCulture, $"department head up to {options.DepartmentHeadUpTo}, general manager up to {options.GeneralManagerUpTo}");
            if (a > options.GeneralManagerUpTo)
            {
                return new ApprovalRequirement(UpToChairman, $"{amount} is above {options.GeneralManagerUpTo.ToString(CultureInfo.InvariantCulture)}: chairman approval after the general manager ({limits}) (R8).");
            }

            if (a > options.DepartmentHeadUpTo)
            {
                return new ApprovalRequirement(UpToGeneralManager, $"{amount} is above {options.DepartmentHeadUpTo.ToString(CultureInfo.InvariantCulture)}: general manager approval after the department head ({limits}) (R8).");
            }

            if (options.ImportantOrdersNeedGeneralManager && priority != Priority.Normal)
            {
                return new ApprovalRequirement(UpToGeneralManager, $"{amount} is within the department head's limit, but a {priority} order needs the general manager (R8, R4).");
            }

            return new ApprovalRequirement(HeadOnly, $"{amount} is within the department head's limit ({limits}) (R8).");
        }
    }
}
