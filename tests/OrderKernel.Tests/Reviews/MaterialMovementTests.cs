using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Reviews;

/// <summary>R11: reserved main material is released on cancellation, loss and line removal, adjusted by changes and consumed at production release.</summary>
public class MaterialMovementTests
{
    private static readonly ProductId Panel = ProductId.From("PANEL-55-UHD");
    private static readonly ProductId Screws = ProductId.From("SCREW-M3");
    private static readonly ProductId Glue = ProductId.From("GLUE");

    [Fact]
    public void CancelOrder_AfterThePassedReview_ReleasesEverythingStillReserved_R11()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new CancelOrder("customer request", null), Actors.SalesManager);
        var moved = Assert.IsType<MaterialsMoved>(s.Events[^1]);
        Assert.Equal(MaterialMovement.Released, moved.Movement);
        Assert.Equal(new MaterialReservation(TvOrder.Line, ProductId.From("TV-55-UHD"), Quantity.Pieces(2000)), Assert.Single(moved.Materials));
        Assert.Empty(s.Current.Review!.ReservedMaterials);
        Assert.Empty(s.Current.Review.ConsumedMaterials);
    }

    [Fact]
    public void CancelOrder_BeforeTheReview_MovesNoMaterial_R11()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new CancelOrder("customer request", null), Actors.SalesManager);
        Assert.DoesNotContain(s.Events, e => e is MaterialsMoved);
    }

    [Fact]
    public void DeclineQuotation_TheLostOrder_ReleasesItsReservation_R11()
    {
        var s = TvOrder.Through(Stage.Approved);
        s.Do(new DeclineQuotation("price"), Actors.Customer);
        Assert.Equal(OrderStatus.Lost, s.Current.Status);
        Assert.Equal(MaterialMovement.Released, Assert.IsType<MaterialsMoved>(s.Events[^1]).Movement);
        Assert.Empty(s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ApplyChangeRequest_LineQuantityChanged_AdjustsItsMaterialsByTheLineRatio_RoundingUp_R11()
    {
        var s = WithBillOfMaterials(OrderScenario.Default, Stage.DepositPaid, Bom(TvOrder.Line, 2000, 4000, 12.5m));
        Change(s, "CR-1", new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Pieces(1001)));

        var moved = Assert.IsType<MaterialsMoved>(Assert.Single(s.Events, e => e is MaterialsMoved));
        Assert.Equal(MaterialMovement.Adjusted, moved.Movement);
        Assert.Equal(
            Bom(TvOrder.Line, 1001, 2002, 6.3m), // 12.5 kg × 1001 / 2000 = 6.25625, rounded up to 6.3
            s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ApplyChangeRequest_LineRemoved_ReleasesItsMaterialsOnly_R11()
    {
        var remote = LineId.From("20");
        var scenario = OrderScenario.Default with
        {
            Lines = ValueList<OrderLine>.Of(TvOrder.TvLine(), OrderLine.Create(remote, ProductId.From("REMOTE"), "spare remote", Quantity.Pieces(200), Money.Of(5.00m, Currency.USD))),
        };
        var bom = ValueList<MaterialReservation>.From([.. Bom(TvOrder.Line, 2000, 4000, 12.5m), new MaterialReservation(remote, ProductId.From("BATTERY-AAA"), Quantity.Pieces(400))]);
        var s = WithBillOfMaterials(scenario, Stage.DepositPaid, bom);
        Change(s, "CR-1", new ChangeProposal(ChangeKind.LineRemoved, remote));

        var moved = Assert.IsType<MaterialsMoved>(Assert.Single(s.Events, e => e is MaterialsMoved));
        Assert.Equal(MaterialMovement.Released, moved.Movement);
        Assert.Equal(new MaterialReservation(remote, ProductId.From("BATTERY-AAA"), Quantity.Pieces(400)), Assert.Single(moved.Materials));
        Assert.Equal(Bom(TvOrder.Line, 2000, 4000, 12.5m), s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ApplyChangeRequest_LineAdded_ReservesItsProductAndQuantity_AndRemovingItReleasesThem_R11()
    {
        var remote = OrderLine.Create(LineId.From("20"), ProductId.From("REMOTE"), "spare remote", Quantity.Pieces(200), Money.Of(5.00m, Currency.USD));
        var s = TvOrder.Through(Stage.DepositPaid);
        Change(s, "CR-1", new ChangeProposal(ChangeKind.LineAdded, NewLine: remote));

        var moved = Assert.IsType<MaterialsMoved>(Assert.Single(s.Events, e => e is MaterialsMoved));
        Assert.Equal(MaterialMovement.Reserved, moved.Movement);
        var reservation = new MaterialReservation(remote.Id, ProductId.From("REMOTE"), Quantity.Pieces(200));
        Assert.Equal(reservation, Assert.Single(moved.Materials));
        Assert.Equal([new MaterialReservation(TvOrder.Line, ProductId.From("TV-55-UHD"), Quantity.Pieces(2000)), reservation], s.Current.Review!.ReservedMaterials);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));

        Change(s, "CR-2", new ChangeProposal(ChangeKind.LineRemoved, remote.Id));
        var released = s.Events.OfType<MaterialsMoved>().Last();
        Assert.Equal((MaterialMovement.Released, reservation), (released.Movement, Assert.Single(released.Materials)));
        Assert.Single(s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ApplyChangeRequest_LineAddedInProduction_ReservesNothing_TheMaterialsWereConsumedAtRelease_R11()
    {
        var remote = OrderLine.Create(LineId.From("20"), ProductId.From("REMOTE"), "spare remote", Quantity.Pieces(200), Money.Of(5.00m, Currency.USD));
        var s = TvOrder.Through(Stage.InProduction);
        var before = s.Events.Count;
        Change(s, "CR-1", new ChangeProposal(ChangeKind.LineAdded, NewLine: remote));
        Assert.DoesNotContain(s.Events.Skip(before), e => e is MaterialsMoved);
        Assert.Empty(s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ApplyChangeRequest_NoLineChanged_MovesNoMaterial_R11()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        Change(s, "CR-1", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)));
        Assert.DoesNotContain(s.Events, e => e is MaterialsMoved);
        Assert.Single(s.Current.Review!.ReservedMaterials);
    }

    [Fact]
    public void ReleaseToProduction_ConsumesEverythingReserved_R11()
    {
        var s = WithBillOfMaterials(OrderScenario.Default, Stage.InProduction, Bom(TvOrder.Line, 2000, 4000, 12.5m));
        var moved = Assert.IsType<MaterialsMoved>(s.Events[^1]);
        Assert.Equal(MaterialMovement.Consumed, moved.Movement);
        Assert.Empty(s.Current.Review!.ReservedMaterials);
        Assert.Equal(Bom(TvOrder.Line, 2000, 4000, 12.5m), s.Current.Review.ConsumedMaterials);

        s.Do(new CancelOrder("customer request", null), Actors.SalesManager);
        Assert.IsType<OrderCancelled>(s.Events[^1]); // nothing left to release
        Assert.Equal(Bom(TvOrder.Line, 2000, 4000, 12.5m), s.Current.Review.ConsumedMaterials);
    }

    [Fact]
    public void Evolve_APartialRelease_LeavesTheRestReserved_R11()
    {
        var s = TvOrder.Through(Stage.Reviewed);
        var released = new MaterialsMoved(MaterialMovement.Released, ValueList<MaterialReservation>.Of(new MaterialReservation(TvOrder.Line, ProductId.From("TV-55-UHD"), Quantity.Pieces(500))))
        {
            OrderId = TvOrder.Id,
            Version = s.Current.Version + 1,
            At = s.Now,
            By = Actors.SalesManager.Id,
        };
        var after = OrderDecider.Evolve(s.Current, released);
        Assert.Equal(Quantity.Pieces(1500), Assert.Single(after.Review!.ReservedMaterials).Quantity);
    }

    /// <summary>
    /// R11 invariant: after any quantity changes, reserved = initial ± adjustments − released − consumed, never negative,
    /// and follows the line (3 screws a set); after cancellation nothing stays reserved, after release all is consumed.
    /// </summary>
    [Property(MaxTest = 15)]
    public Property Reserved_IsInitialPlusAdjustmentsLessReleasedAndConsumed_NeverNegative_R11() =>
        Prop.ForAll(Gen.Choose(1, 5000).ArrayOf().Select(a => a.Take(3).ToArray()).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (quantities, cancel) =>
        {
            var s = WithBillOfMaterials(OrderScenario.Default, Stage.DepositPaid, ValueList<MaterialReservation>.Of(new MaterialReservation(TvOrder.Line, Screws, Quantity.Pieces(6000))));
            for (var i = 0; i < quantities.Length; i++)
            {
                Change(s, "CR-" + i, new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Pieces(quantities[i])));
                Assert.Equal(3m * s.Current.Lines[0].Quantity.Value, Ledger(s.Events).Reserved);
            }

            var before = Ledger(s.Events).Reserved;
            if (cancel)
            {
                s.Do(new CancelOrder("customer request", null), Actors.SalesManager);
            }
            else
            {
                TvOrder.Through(Stage.InProduction, s, from: Stage.InProduction);
            }

            var (reserved, released, consumed, minimum) = Ledger(s.Events);
            var state = s.Current.Review!;
            return minimum >= 0m
                && state.ReservedMaterials.Sum(m => m.Quantity.Value) == reserved
                && state.ConsumedMaterials.Sum(m => m.Quantity.Value) == consumed
                && reserved == 0m
                && (cancel ? released == before && consumed == 0m : consumed == before);
        });

    /// <summary>The ledger replayed from the events alone: initial ± adjustments − released − consumed, and the lowest it went.</summary>
    private static (decimal Reserved, decimal Released, decimal Consumed, decimal Minimum) Ledger(IEnumerable<OrderEvent> events)
    {
        decimal reserved = 0m, released = 0m, consumed = 0m, minimum = 0m;
        foreach (var e in events)
        {
            switch (e)
            {
                case MaterialReserved r:
                    reserved = r.Reservations.Sum(m => m.Quantity.Value);
                    break;
                case MaterialsMoved { Movement: MaterialMovement.Adjusted } m:
                    reserved = m.Materials.Sum(x => x.Quantity.Value); // one material on one line: the adjusted quantity is the whole reservation
                    break;
                case MaterialsMoved { Movement: MaterialMovement.Released } m:
                    released += m.Materials.Sum(x => x.Quantity.Value);
                    reserved -= m.Materials.Sum(x => x.Quantity.Value);
                    break;
                case MaterialsMoved { Movement: MaterialMovement.Reserved } m:
                    reserved += m.Materials.Sum(x => x.Quantity.Value);
                    break;
                case MaterialsMoved m:
                    consumed += m.Materials.Sum(x => x.Quantity.Value);
                    reserved -= m.Materials.Sum(x => x.Quantity.Value);
                    break;
            }

            minimum = Math.Min(minimum, reserved);
        }

        return (reserved, released, consumed, minimum);
    }

    private static ValueList<MaterialReservation> Bom(LineId line, decimal panels, decimal screws, decimal glueKg) => ValueList<MaterialReservation>.Of(
        new MaterialReservation(line, Panel, Quantity.Pieces(panels)),
        new MaterialReservation(line, Screws, Quantity.Pieces(screws)),
        new MaterialReservation(line, Glue, Quantity.Of(glueKg, UnitOfMeasure.Kilogram)));

    /// <summary>The scenario with its review submitted with a bill of materials, then on to <paramref name="until"/>.</summary>
    private static Scenario WithBillOfMaterials(OrderScenario scenario, Stage until, ValueList<MaterialReservation> bom)
    {
        var s = scenario.Drive(scenario.NewDriver(), Stage.Recorded);
        s.Do(new SubmitForReview { BillOfMaterials = bom }, Actors.Sales);
        foreach (var step in scenario.Steps(Stage.Reviewed).Skip(1))
        {
            s.Do(step.Make(s.Current, s.Now)!, step.Actor);
        }

        Assert.Equal(bom, s.Current.Review!.ReservedMaterials);
        return scenario.Drive(s, until, from: Stage.Quoted);
    }

    private static void Change(Scenario s, string id, ChangeProposal proposal)
    {
        s.Do(new SubmitChangeRequest(id, proposal, "customer request"), Actors.Sales);
        s.Do(new AssessChangeRequest(id), Actors.SalesManager);
        foreach (var approver in new[] { Actors.SalesManager, Actors.FinanceManager, Actors.ProductionManager })
        {
            s.Try(new ApproveChangeRequest(id, "ok"), approver);
        }

        s.Do(new ApplyChangeRequest(id), Actors.SalesManager);
    }
}
