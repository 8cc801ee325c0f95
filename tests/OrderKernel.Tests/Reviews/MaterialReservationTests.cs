using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Reviews;

/// <summary>R11: a passed review reserves the main materials: the host's bill of materials, or the lines when none is given.</summary>
public class MaterialReservationTests
{
    private static readonly ValueList<MaterialReservation> Bom = ValueList<MaterialReservation>.Of(
        new MaterialReservation(TvOrder.Line, ProductId.From("PANEL-55-UHD"), Quantity.Pieces(2000)),
        new MaterialReservation(TvOrder.Line, ProductId.From("MAINBOARD-FW32"), Quantity.Pieces(2000)));

    [Fact]
    public void SignReview_LastApproval_ReservesTheHostsBillOfMaterials_R11()
    {
        var s = Passed(new SubmitForReview { BillOfMaterials = Bom });
        Assert.Equal(Bom, s.Current.Review!.ReservedMaterials);
        Assert.Equal(Bom, s.Current.Review.BillOfMaterials);
        Assert.Equal(Bom, ((MaterialReserved)s.Events[^1]).Reservations);
    }

    [Fact]
    public void SignReview_LastApprovalWithoutBillOfMaterials_ReservesTheLines_R11()
    {
        var s = Passed(new SubmitForReview());
        var reserved = Assert.Single(s.Current.Review!.ReservedMaterials);
        Assert.Equal(new MaterialReservation(TvOrder.Line, ProductId.From("TV-55-UHD"), Quantity.Pieces(2000)), reserved);
    }

    [Fact]
    public void SubmitForReview_BillOfMaterialsForAnUnknownLine_IsRefused_R11()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        var bom = ValueList<MaterialReservation>.Of(new MaterialReservation(LineId.From("99"), ProductId.From("PANEL"), Quantity.Pieces(1)));
        s.Refuse(new SubmitForReview { BillOfMaterials = bom }, Actors.Sales).Has(ViolationCodes.InvalidInput, "R11");
    }

    [Fact]
    public void SubmitForReview_BillOfMaterialsWithAMissingEntry_IsRefused_R11()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Refuse(new SubmitForReview { BillOfMaterials = ValueList<MaterialReservation>.Of([null!]) }, Actors.Sales).Has(ViolationCodes.MissingValue);
    }

    /// <summary>R11 invariant: what the passed review reserves is exactly the bill of materials given on submission.</summary>
    [Property(MaxTest = 25)]
    public Property PassedReview_ReservesExactlyTheBillOfMaterials_R11()
    {
        return Prop.ForAll(Gen.Choose(1, 4).SelectMany(n => Gen.Choose(1, 5000).ArrayOf(n)).ToArbitrary(), quantities =>
        {
            var bom = ValueList<MaterialReservation>.From(quantities.Select((q, i) => new MaterialReservation(TvOrder.Line, ProductId.From("M-" + i), Quantity.Pieces(q))));
            var s = Passed(new SubmitForReview { BillOfMaterials = bom });
            return s.Current.Review!.ReservedMaterials.Equals(bom);
        });
    }

    private static Scenario Passed(SubmitForReview submit)
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(submit, Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        s.Do(TvOrder.Approve(Department.Technical), Actors.TechnicalManager);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
        return s;
    }
}
