using NodaTime;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Production;

/// <summary>R27: the inspection verdict from the ISO 2859-1 sampling plan; R28: a lower grade produces the change list.</summary>
public class InspectionPlanTests
{
    private static readonly decimal[] Aqls = [.. SamplingPlan.StandardAqls];

    [Theory]
    [InlineData(2000, "1.0", 'K', 'K', 125, 3)]
    [InlineData(1000, "2.5", 'J', 'J', 80, 5)]
    [InlineData(300, "0.65", 'H', 'J', 80, 1)] // arrow down: the first plan below
    [InlineData(100, "1.0", 'F', 'E', 13, 0)] // arrow up: the first plan above
    [InlineData(20, "6.5", 'C', 'D', 8, 1)]
    [InlineData(600_000, "0.010", 'Q', 'Q', 1250, 0)]
    [InlineData(5_000, "10", 'L', 'K', 125, 21)]
    [InlineData(5, "10", 'A', 'C', 5, 1)] // the plan's sample of 5 is the whole lot
    [InlineData(3, "0.010", 'A', 'Q', 3, 0)] // 1,250 units from a lot of 3: the lot is inspected whole
    public void SamplingPlan_For_FollowsTables1And2A_R27(int lot, string aql, char code, char planLetter, int sample, int acceptance)
    {
        var plan = SamplingPlan.For(lot, decimal.Parse(aql, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((code, planLetter, sample, acceptance, acceptance + 1), (plan.CodeLetter, plan.PlanLetter, plan.SampleSize, plan.Acceptance, plan.Rejection));
        Assert.True(plan.Accepts(acceptance));
        Assert.False(plan.Accepts(acceptance + 1));
    }

    [Fact]
    public void SamplingPlan_For_NonStandardAqlOrLot_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => SamplingPlan.For(100, 2.0m));
        Assert.Throws<System.ArgumentException>(() => SamplingPlan.For(0, 1.0m));
        Assert.False(SamplingPlan.IsStandardAql(15m));
        Assert.True(SamplingPlan.IsStandardAql(0.65m));
    }

    [Fact]
    public void Table2A_EveryPlanHasAcBelowRe_AndPlansAreConstantAlongDiagonals_R27()
    {
        const string letters = "ABCDEFGHJKLMNPQR";
        var cells = SamplingPlan.Table().ToList();
        Assert.Equal(16 * 16, cells.Count);
        foreach (var (letter, aql, cell) in cells.Where(c => c.Cell.Contains('/', System.StringComparison.Ordinal)))
        {
            var parts = cell.Split('/');
            Assert.True(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + 1 == int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), $"{letter}/{aql}: {cell}");
        }

        // Table 2-A's diagonals: one step to a larger sample is one step to a larger AQL (edge cells A/10 and R/0.015 aside).
        foreach (var (letter, aql, cell) in cells)
        {
            var row = letters.IndexOf(letter, System.StringComparison.Ordinal);
            var column = System.Array.IndexOf(Aqls, aql);
            if (row + 1 < 16 && column > 0 && (letter, aql) != ('A', 10m) && (row + 1, column - 1) != (15, 1))
            {
                var below = cells[((row + 1) * 16) + column - 1].Cell;
                Assert.True(below == cell, $"{letter}/{aql} is {cell} but {letters[row + 1]}/{Aqls[column - 1]} is {below}");
            }
        }
    }

    [Property(MaxTest = 500)]
    public Property SamplingPlan_SampleNeverExceedsLot_AndAcBelowRe_R27() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Elements(Aqls).ToArbitrary(), (lot, aql) =>
        {
            var plan = SamplingPlan.For(lot, aql);
            return plan.SampleSize >= 1 && plan.SampleSize <= lot && plan.Acceptance < plan.Rejection && plan.Rejection == plan.Acceptance + 1
                && plan.SampleSize == System.Math.Min(lot, SamplingPlan.SampleSizeOf(plan.PlanLetter));
        });

    [Property(MaxTest = 500)]
    public Property SamplingPlan_VerdictIsMonotoneInDefects_R27() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Elements(Aqls).ToArbitrary(), Gen.Choose(0, 2000).ToArbitrary(), (lot, aql, d) =>
        {
            var plan = SamplingPlan.For(lot, aql);
            var fewer = System.Math.Max(0, d - 1);
            return (!plan.Accepts(d) || plan.Accepts(fewer)) && plan.Accepts(d) == (d < plan.Rejection);
        });

    [Fact]
    public void RecordInspection_VerdictComesFromThePlan_R27()
    {
        // 2,000 sets at AQL 1.0: code letter K, 125 sampled, Ac 3, Re 4.
        var accepted = TvOrder.Through(Stage.Produced);
        accepted.Do(new RecordInspection(QualityGrade.First, 2000, 3, "3 cosmetic defects"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.Inspected, accepted.Current.Status);
        var inspection = accepted.Current.Inspection!;
        Assert.True(inspection.Passed);
        Assert.Equal((125, 3, 4), (inspection.SampleSize, inspection.Plan!.Acceptance, inspection.Plan.Rejection));

        var rejected = TvOrder.Through(Stage.Produced);
        rejected.Do(new RecordInspection(QualityGrade.First, 2000, 4, "4 dead panels"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.InProduction, rejected.Current.Status);
        Assert.False(rejected.Current.Inspection!.Passed);
    }

    [Fact]
    public void RecordInspection_EverySampleDefective_IsNeverAccepted_R27()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.First, 2000, 125, "every set dead"), Actors.QualityInspector);
        Assert.False(s.Current.Inspection!.Passed);
        Assert.Equal(1, s.Current.Production!.ReworkCount);
    }

    [Fact]
    public void RecordInspection_WithoutAgreedAql_IsRefused_R27()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive() with { Aql = null }, Actors.Sales);
        TvOrder.Through(Stage.Produced, s, from: Stage.Recorded);
        s.Refuse(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector).Has(ViolationCodes.AqlNotAgreed, "R27");
        s.Refuse(new RecordInspection(QualityGrade.First, 0, 0, "ok"), Actors.QualityInspector).Has(ViolationCodes.AqlNotAgreed, "R27");
    }

    [Fact]
    public void RecordInspection_NoLot_IsRefused_R27()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Refuse(new RecordInspection(QualityGrade.First, 0, 0, "ok"), Actors.QualityInspector).Has(ViolationCodes.InvalidInput, "R27");
        s.Refuse(new RecordInspection(QualityGrade.First, 2000, -1, "ok"), Actors.QualityInspector).Has(ViolationCodes.InvalidInput, "R27");
    }

    [Fact]
    public void ReceiveOrder_NonStandardAql_IsRefused_R27()
    {
        var s = new Scenario();
        s.Refuse(TvOrder.Receive() with { Aql = 2.0m }, Actors.Sales).Has(ViolationCodes.InvalidInput, "R27");
    }

    [Fact]
    public void RecordInspection_LowerGradeWithoutPriceReduction_IsRefused_R28()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Refuse(new RecordInspection(QualityGrade.Second, 2000, 1, "colour shift"), Actors.QualityInspector).Has(ViolationCodes.DowngradeNeedsPriceReduction, "R28");
        s.Refuse(new RecordInspection(QualityGrade.Second, 2000, 1, "colour shift") { PriceReduction = Percentage.Zero }, Actors.QualityInspector).Has(ViolationCodes.DowngradeNeedsPriceReduction, "R28");
        s.Refuse(new RecordInspection(QualityGrade.Third, 2000, 1, "colour shift") { PriceReduction = Percentage.Hundred }, Actors.QualityInspector).Has(ViolationCodes.DowngradeNeedsPriceReduction, "R28");
    }

    [Fact]
    public void RecordInspection_RejectedLotAtLowerGrade_GoesToReworkWithoutChangeList_R27_R28()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Third, 2000, 20, "backlight bleed"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
        Assert.Empty(s.Current.ChangeRequests);
    }

    [Fact]
    public void RecordInspection_LowerGrade_ProposesPriceChangeTheCustomerConfirmsBeforeShipment_R28()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 2, "colour shift on 2 panels") { PriceReduction = Percentage.Of(10) }, Actors.QualityInspector);
        Assert.Equal(OrderStatus.Inspected, s.Current.Status);
        var change = Assert.Single(s.Current.ChangeRequests);
        Assert.Equal("grade-1-10", change.Id);
        Assert.Equal(Money.Of(76.50m, Currency.USD), change.Proposal.NewUnitPrice);

        s.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
        s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.DowngradeNotSettled, "R28");

        s.Do(new AssessChangeRequest("grade-1-10"), Actors.SalesManager);
        Assert.True(s.Current.ChangeRequests[0].Preview!.Routing.RequiresCustomerConfirmation);
        s.Do(new ApproveChangeRequest("grade-1-10", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("grade-1-10", "ok"), Actors.FinanceManager);
        s.Refuse(new ApplyChangeRequest("grade-1-10"), Actors.SalesManager);
        s.Do(new ConfirmChangeByCustomer("grade-1-10"), Actors.Customer);
        s.Do(new ApplyChangeRequest("grade-1-10"), Actors.SalesManager);
        Assert.Equal(Money.Of(153_000.00m, Currency.USD), s.Current.Contract!.Amount);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
    }

    [Fact]
    public void ReleaseForShipment_RejectedChangeList_IsSettled_R28()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 0, "packaging scuffed") { PriceReduction = Percentage.Of(5) }, Actors.QualityInspector);
        s.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
        s.Do(new RejectChangeRequest("grade-1-10", "customer takes the goods at the contract price"), Actors.SalesManager);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
    }

    [Fact]
    public void RecordInspection_ReductionTooSmallToChangeAPrice_ProposesNoChange_R28()
    {
        // 0.001 % of 85.00 rounds away: no line's price changes, so there is nothing for the customer to confirm.
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 0, "label misprint") { PriceReduction = Percentage.Of(0.001m) }, Actors.QualityInspector);
        Assert.Empty(s.Current.ChangeRequests);
        s.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
    }

    [Fact]
    public void ReleaseForShipment_OtherOpenChanges_DoNotCountAsTheChangeList_R28()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 0, "packaging scuffed") { PriceReduction = Percentage.Of(5) }, Actors.QualityInspector);
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15)), "customer's warehouse full"), Actors.Sales);
        s.Do(new WithdrawChangeRequest("grade-1-10"), Actors.Sales);
        s.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
    }
}
