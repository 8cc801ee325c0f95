using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Shipments;

public class ShipmentTests
{
    [Fact]
    public void ReleaseForShipment_BeforeTheBalanceIsPaid_SaysExactlyWhatIsMissing_R17_R30()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var v = s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment, "R30");
        Assert.Contains("119,000.00 USD is still unpaid of the 170,000.00 USD", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseForShipment_BySales_IsRefusedEvenWhenPaid_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        s.Refuse(new ReleaseForShipment(), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed, "R30");
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        Assert.Equal(Actors.VicePresident.Id, s.Current.ShipmentRelease!.SignedBy);
    }

    [Fact]
    public void Ship_WithoutRelease_IsRefusedForEveryone_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        foreach (var actor in Actors.All)
        {
            s.Refuse(new Ship("COSCO", "driver 1", "WB-1", default), actor);
        }
    }

    [Fact]
    public void Ship_RecordsTheCarrierIdentityAndDocuments_R31()
    {
        var s = TvOrder.Through(Stage.Shipped);
        var shipment = Assert.Single(s.Current.Shipments);
        Assert.Equal(Quantity.Pieces(2000), Assert.Single(shipment.Lines).Quantity);
        Assert.Equal("COSCO Logistics", shipment.Carrier);
        Assert.Equal(3, shipment.Documents.Count);
        Assert.StartsWith("driver ID", shipment.CarrierIdentity, StringComparison.Ordinal);
    }

    [Fact]
    public void Ship_WithoutCarrierIdentity_IsRejected_R31()
    {
        var s = TvOrder.Through(Stage.Released);
        s.Refuse(new Ship("COSCO", " ", "WB-1", default), Actors.Warehouse).Has(ViolationCodes.InvalidInput, "R31");
    }

    [Fact]
    public void HappyPath_CompletesAndClosesWhenFullyPaid_R42_R43()
    {
        var s = TvOrder.Through(Stage.Closed);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        Assert.NotNull(s.Current.CompletedAt);
        Assert.Equal(s.Events.Count, s.Current.Version);
    }

    [Fact]
    public void ConfirmDelivery_BeforeDispatch_IsRejected()
    {
        var s = TvOrder.Through(Stage.Shipped);
        s.Refuse(new ConfirmDelivery("dock", Scenario.Start), Actors.Customer).Has(ViolationCodes.InvalidInput);
    }

    [Fact]
    public void ShipmentRelease_WithoutAContract_AndALetterOfCreditOnItsLastDay_R18_R30()
    {
        var release = OrderKernel.Policies.ShipmentReleasePolicy.Default;
        var approved = TvOrder.Through(Stage.Approved);
        var none = Assert.Single(release.Check(approved.Current, approved.Now));
        Assert.Equal((ViolationCodes.PaymentDueBeforeShipment, "There is no signed contract.", "R30"), (none.Code, none.Message, none.Rule));

        // A letter of credit is valid through its expiry date (in the order's time zone), not a day longer.
        var s = TvOrder.Through(Stage.Inspected);
        var expiry = new NodaTime.LocalDate(2026, 3, 20);
        s.Do(new OrderKernel.RegisterLetterOfCredit("LC-90", "Bank of China", Money.Of(119_000.00m, Currency.USD), expiry, default), Actors.Finance);
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId];
        var lastDay = expiry.At(new NodaTime.LocalTime(23, 0)).InZoneStrictly(zone).ToInstant();
        Assert.Empty(release.Check(s.Current, lastDay));
        var dayAfter = expiry.PlusDays(1).At(new NodaTime.LocalTime(9, 0)).InZoneStrictly(zone).ToInstant();
        Assert.Contains("expired on 2026-03-20", Assert.Single(release.Check(s.Current, dayAfter)).Message, StringComparison.Ordinal);
    }
}
