using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
