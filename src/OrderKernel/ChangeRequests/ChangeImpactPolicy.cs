using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>What the change impact policy reads of the order a change is proposed on (R33–R35, R28): its stage.</summary>
/// <param name="ProductionStarted">Whether the order was released to production.</param>
/// <param name="AcceptedGrade">The quality grade of the accepted final inspection, or <see langword="null"/> before one passed (R28).</param>
public sealed record ChangeRoutingInput(bool ProductionStarted, QualityGrade? AcceptedGrade)
{
    /// <summary>The change impact policy's view of an order.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static ChangeRoutingInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Production is not null, order.Inspection is { Passed: true } inspection ? inspection.Grade : null);
    }
}

/// <summary>Routes a change to the approvals, tests and confirmations it needs, by stage and kind (R33–R35).</summary>
public interface IChangeImpactPolicy
{
    /// <summary>Routes a change.</summary>
    /// <param name="order">The order, as the policy sees it (<see cref="ChangeRoutingInput.Of(Order)"/>).</param>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The routing with its explanation.</returns>
    ChangeRouting Route(ChangeRoutingInput order, ChangeProposal proposal);
}

/// <summary>Options of the default change impact policy; the defaults follow the seeds (R33–R35).</summary>
public sealed record ChangeImpactPolicyOptions
{
    /// <summary>
    /// Gets the specification areas whose change, once production has started, needs a technical test and the customer's
    /// confirmation, with the order on hold meanwhile (R35); default hardware and software.
    /// </summary>
    public ValueList<SpecificationArea> TestedAreas { get; init; } = ValueList<SpecificationArea>.Of(SpecificationArea.Hardware, SpecificationArea.Software);
}

/// <summary>Creates change impact policies.</summary>
public static class ChangeImpactPolicy
{
    /// <summary>
    /// Gets the default routing: before production, sales and finance approve price and terms, sales and production the
    /// rest; once production has started only production approves plan changes (R34), the sales manager price changes,
    /// and a hardware or software change needs a technical test and the customer's confirmation, with the order on hold
    /// meanwhile (R35); a cancellation needs the general manager.
    /// </summary>
    public static IChangeImpactPolicy Default { get; } = Create(new ChangeImpactPolicyOptions());

    /// <summary>Validates options and creates the default change impact policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IChangeImpactPolicy Create(ChangeImpactPolicyOptions options)
    {
        Guard.Against.Null(options);
        foreach (var area in options.TestedAreas)
        {
            Guard.Against.EnumOutOfRange(area, nameof(options));
        }

        return new StageRouting(options);
    }

    private sealed class StageRouting(ChangeImpactPolicyOptions options) : IChangeImpactPolicy
    {
        public ChangeRouting Route(ChangeRoutingInput order, ChangeProposal proposal)
        {
            Guard.Against.Null(order);
            Guard.Against.Null(proposal);
            var inProduction = order.ProductionStarted;
            var stage = inProduction ? "production has started" : "before production";
            switch (proposal.Kind)
            {
                case ChangeKind.Cancellation:
                    return new ChangeRouting(ValueList<Role>.Of(Role.GeneralManager), false, false, false, $"A cancellation by change ({stage}) needs the general manager (R36).");
                case ChangeKind.UnitPrice when order.AcceptedGrade is { } grade && grade != QualityGrade.First:
                    return new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.FinanceManager), false, true, false, $"A price change after the goods were graded {grade}: the change list of R28; sales and finance approve and the customer confirms before shipment.");
                case ChangeKind.UnitPrice or ChangeKind.PaymentTerms:
                    return inProduction
                        ? new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.FinanceManager), false, false, false, $"{proposal.Kind} after {stage}: sales and finance approve (R33).")
                        : new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.FinanceManager), false, false, false, $"{proposal.Kind} {stage}: sales and finance approve price and terms (R33).");
                case ChangeKind.Specification when inProduction && proposal.Area is { } area && options.TestedAreas.Contains(area):
                    return new ChangeRouting(ValueList<Role>.Of(Role.ProductionManager), true, true, true, $"A {proposal.Area} change after {stage}: production approves the plan change (R34); technical tests it and the customer confirms before production continues, the order on hold meanwhile (R35).");
                default:
                    return inProduction
                        ? new ChangeRouting(ValueList<Role>.Of(Role.ProductionManager), false, false, false, $"{proposal.Kind} after {stage}: only production may change the production plan (R34).")
                        : new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.ProductionManager), false, false, false, $"{proposal.Kind} {stage}: sales and production approve (R33).");
            }
        }
    }
}
