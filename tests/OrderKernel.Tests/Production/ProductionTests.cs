using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Production;

public class ProductionTests
{
    [Fact]
    public void ReleaseToProduction_NewProductWithoutApprovedSample_IsRefused_R14()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(TvOrder.TvLine(isNew: true)), Actors.Sales);
        s.Do(new RecordOrder(123), Actors.Clerk);
        s.Do(new OrderKernel.SubmitForReview(), Actors.Sales);
        foreach (var (d, a) in new[] { (OrderKernel.Department.Sales, Actors.SalesManager), (OrderKernel.Department.Production, Actors.ProductionManager), (OrderKernel.Department.Technical, Actors.TechnicalManager), (OrderKernel.Department.Procurement, Actors.ProcurementManager), (OrderKernel.Department.Quality, Actors.QualityManager) })
        {
            s.Do(TvOrder.Approve(d), a);
        }

        TvOrder.Through(Stage.DepositPaid, s, from: Stage.Quoted);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager).Has(ViolationCodes.SampleNotApproved, "R14");
        s.Refuse(new ApproveSample("nothing to see"), Actors.Customer).Has(ViolationCodes.NoSampleAwaitingVerdict, "R14");
        s.Refuse(new SendSample(3, "three sets"), Actors.TechnicalManager).Has(ViolationCodes.InvalidInput, "R14");
        s.Do(new SendSample(2, "2 sets, firmware 3.2"), Actors.TechnicalManager);
        s.Refuse(new SendSample(1, "another"), Actors.TechnicalManager).Has(ViolationCodes.SampleAwaitingVerdict, "R14");
        s.Do(new RejectSample("remote control pairing fails"), Actors.Customer);
        var refusal = s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager).Has(ViolationCodes.SampleNotApproved);
        Assert.Contains("remote control pairing fails", refusal.Message, StringComparison.Ordinal);
        s.Do(new SendSample(1, "firmware 3.3"), Actors.TechnicalManager);
        s.Do(new ApproveSample("firmware 3.3 sample OK"), Actors.Customer);
        Assert.Equal(2, s.Current.Sample!.Round);
        s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
    }

    [Fact]
    public void ReleaseToProduction_PlanAfterTheDeliveryDate_IsRefused_R22()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 7, 1)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 7, 1) }, Actors.ProductionManager).Has(ViolationCodes.PlanAfterDeliveryDate, "R22");
    }

    [Fact]
    public void ReleaseToProduction_BySales_IsRefused_R34()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.Sales).Has(ViolationCodes.RoleNotAllowed, "R34");
    }

    [Fact]
    public void ReleaseToProduction_BeforeTheDeposit_IsNotATransition_R17()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void ProgressAndExceptions_AreRecorded_R24_R25()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new ReportProgress(Percentage.Of(40), "day 3"), Actors.Production);
        s.Do(new ReportProductionException("panel shortage", Duration.FromDays(2)), Actors.Production);
        s.Refuse(new ReportProgress(Percentage.Of(101), "too much"), Actors.Production).Has(ViolationCodes.InvalidInput, "kernel");
        Assert.Single(s.Current.Production!.Progress);
        Assert.Equal(Duration.FromDays(2), Assert.Single(s.Current.Production.Issues).ExpectedDelay);
    }

    [Fact]
    public void RecordInspection_Failed_SendsBackToRework_R27_R29()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 9, "backlight bleed"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
        Assert.Equal(1, s.Current.Production!.ReworkCount);
        Assert.Null(s.Current.Production.CompletedAt);
        s.Do(new CompleteProduction(), Actors.Production);
        s.Do(new RecordInspection(QualityGrade.First, 2000, 0, "reworked"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.Inspected, s.Current.Status);
    }

    [Fact]
    public void RecordInspection_MoreDefectsThanSampled_IsRejected_R27()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Refuse(new RecordInspection(QualityGrade.First, 10, 11, "?"), Actors.QualityInspector).Has(ViolationCodes.InvalidInput, "R27");
    }
}
