using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Authorization;

/// <summary>
/// Separation of duties over random command sequences (issue 20, class 8): with the default policy, no accepted
/// decision lets one person hold two conflicting duties on the same item, even people who hold every role.
/// </summary>
public class SeparationOfDutiesProperties
{
    /// <summary>People wearing several hats: every pair of roles the default conflicts could be abused with.</summary>
    private static readonly Actor[] Hats =
    [
        Actor.Create("u-hat-1", "head, general manager and chairman", Role.DepartmentHead, Role.GeneralManager, Role.Chairman),
        Actor.Create("u-hat-2", "sales and department head", Role.SalesRepresentative, Role.DepartmentHead, Role.GeneralManager),
        Actor.Create("u-hat-3", "every review signer", Role.SalesManager, Role.ProductionManager, Role.TechnicalManager, Role.ProcurementManager, Role.QualityManager, Role.FinanceManager),
        Actor.Create("u-hat-4", "vice-president and warehouse", Role.SalesVicePresident, Role.Warehouse),
        Actor.Create("u-hat-5", "everything", Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager, Role.ProductionManager, Role.Production, Role.TechnicalManager, Role.ProcurementManager, Role.QualityManager, Role.QualityInspector, Role.FinanceManager, Role.Finance, Role.DepartmentHead, Role.GeneralManager, Role.Chairman, Role.SalesVicePresident, Role.Warehouse, Role.Customer),
    ];

    /// <summary>The lifecycle pool plus change requests (submit a price change, assess and approve the latest).</summary>
    private static readonly CommandTemplate[] Pool =
    [
        .. CommandCatalog.Standard,
        new("submit-change", (s, now) => new SubmitChangeRequest("CR-" + now.ToUnixTimeTicks(), new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)), "rebate"), Actors.Sales),
        new("assess-change", (s, _) => new AssessChangeRequest(LatestChange(s)), Actors.SalesManager),
        new("approve-change-sales", (s, _) => new ApproveChangeRequest(LatestChange(s), "ok"), Actors.SalesManager),
        new("approve-change-finance", (s, _) => new ApproveChangeRequest(LatestChange(s), "ok"), Actors.FinanceManager),
        new("revise-quotation-same", (s, _) => new ReviseQuotation(TvOrder.Prices(), s?.Quotation?.ValidUntil ?? TvOrder.DeliveryDate, "reissued"), Actors.Sales),
        new("sign-sales-again", (_, _) => TvOrder.Approve(Department.Sales), Actors.SalesManager),
    ];

    /// <summary>The pool entries that take a duty the default policy separates: what a hat mostly tries.</summary>
    private static readonly int[] DutyEntries =
        [.. new[] { "prepare-quotation", "revise-quotation-same", "approve-head", "approve-gm", "sign-sales", "sign-production", "sign-technical", "sign-sales-again", "release-shipment", "ship", "submit-change", "assess-change", "approve-change-sales", "approve-change-finance" }
            .Select(name => Array.FindIndex(Pool, e => e.Name == name))];

    internal sealed record Step(int Command, int Hat, bool ByAHat, int Minutes);

    /// <summary>Sequences of 1 to 60 steps; three in four by a hat, mostly trying a duty, sometimes anything in the pool.</summary>
    private static Arbitrary<Step[]> Sequences() =>
        Arb.From(
            from length in Gen.Choose(1, 60)
            from steps in (from c in Gen.Frequency((3, Gen.Elements(DutyEntries)), (1, Gen.Choose(0, Pool.Length - 1)))
                           from h in Gen.Choose(0, Hats.Length - 1)
                           from byHat in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                           from m in Gen.Choose(1, 600)
                           select new Step(c, h, byHat, m)).ArrayOf(length)
            select steps);

    private static string LatestChange(Order? s) => s is { ChangeRequests.IsEmpty: false } o ? o.ChangeRequests[^1].Id : "CR-0";

    /// <summary>
    /// Runs a sequence: a step by a hat issues the pool entry as that person; otherwise the first entry the state accepts
    /// from its expected actor moves the order on (so that the duties worth abusing are reached).
    /// </summary>
    private static IEnumerable<Scenario> Run(Step[] steps, OrderPolicies? policies = null)
    {
        var s = new Scenario(policies);
        foreach (var step in steps)
        {
            var after = Duration.FromMinutes(step.Minutes);
            var entry = step.ByAHat ? Pool[step.Command] : FirstAccepted(s, after) ?? Pool[step.Command];
            var actor = step.ByAHat ? Hats[step.Hat] : entry.Actor;
            s.Try(entry.Make(s.State, s.Now + after), actor, after);
            yield return s;
        }
    }

    private static readonly OrderSequences PoolSequences = OrderSequences.Default with { Catalog = ValueList<CommandTemplate>.From(Pool) };

    private static CommandTemplate? FirstAccepted(Scenario s, Duration after) => PoolSequences.FirstAccepted(s.State, s.Now + after, s.Policies);

    /// <summary>Every pair of conflicting duties (under the default policy) one person holds on one item of the order.</summary>
    internal static List<string> Conflicts(Order order)
    {
        var found = new List<string>();
        if (order.Quotation is { } q)
        {
            if (q.Approvals.Any(a => a.ApprovedBy.Equals(q.PreparedBy)))
            {
                found.Add($"{q.PreparedBy} prepared and approved {q.Number}");
            }

            found.AddRange(q.Approvals.GroupBy(a => a.ApprovedBy).Where(g => g.Count() > 1).Select(g => $"{g.Key} approved {q.Number} at {g.Count()} levels"));
        }

        if (order.Review is { } r)
        {
            found.AddRange(r.SignOffs.GroupBy(x => x.SignedBy).Where(g => g.Select(x => x.Department).Distinct().Count() > 1).Select(g => $"{g.Key} signed several departments of round {r.Round}"));
        }

        foreach (var c in order.ChangeRequests)
        {
            if (c.Approvals.Any(a => a.ApprovedBy.Equals(c.RequestedBy)))
            {
                found.Add($"{c.RequestedBy} requested and approved {c.Id}");
            }

            found.AddRange(c.Approvals.GroupBy(a => a.ApprovedBy).Where(g => g.Count() > 1).Select(g => $"{g.Key} approved {c.Id} twice"));
        }

        if (order.ShipmentRelease is { } release)
        {
            found.AddRange(order.Shipments.Where(x => x.ShippedBy.Equals(release.SignedBy)).Select(x => $"{release.SignedBy} released and dispatched {x.Waybill}"));
        }

        return found;
    }

    [Property(MaxTest = 300)]
    public Property Decide_WithTheDefaultPolicy_NeverLetsOnePersonHoldTwoConflictingDutiesOnOneItem() =>
        Prop.ForAll(Sequences(), steps =>
        {
            foreach (var s in Run(steps))
            {
                if (s.State is { } state)
                {
                    Assert.Empty(Conflicts(state));
                }
            }
        });

    [Fact]
    public void Conflicts_CanFail_TheRelaxedPolicyReachesThemOnTheSameMachinery()
    {
        // The same runner with every rule relaxed: people wearing several hats do end up holding conflicting duties.
        var relaxed = OrderPolicies.Default with { SeparationOfDuties = OrderKernel.Policies.SeparationOfDutiesPolicy.Create(OrderKernel.Policies.SeparationOfDutiesPolicyOptions.None) };
        var everything = Hats.Length - 1;
        var reached = new HashSet<string>();
        var random = new Random(20);
        for (var run = 0; run < 500 && reached.Count < 4; run++)
        {
            var steps = Enumerable.Range(0, 60).Select(_ => new Step(DutyEntries[random.Next(DutyEntries.Length)], everything, random.Next(4) != 0, random.Next(1, 600))).ToArray();
            foreach (var s in Run(steps, relaxed))
            {
                foreach (var c in s.State is { } state ? Conflicts(state) : [])
                {
                    reached.Add(c.Contains("prepared", StringComparison.Ordinal) || c.Contains("levels", StringComparison.Ordinal) ? "quotation"
                        : c.Contains("signed", StringComparison.Ordinal) ? "review"
                        : c.Contains("dispatched", StringComparison.Ordinal) ? "shipment" : "change");
                }
            }
        }

        Assert.Equal(["change", "quotation", "review", "shipment"], reached.Order());
    }
}
