using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Shipments;

public class LineReferenceTests
{
    [Fact]
    public void PrepareQuotation_APriceNamingNoLine_IsALineMismatch_R13()
    {
        var s = TvOrder.Through(Stage.Reviewed);
        var price = new OrderKernel.QuotationPrice(null!, Money.Of(85m, Currency.USD), Percentage.Zero);
        s.Refuse(new OrderKernel.PrepareQuotation(12, ValueList<OrderKernel.QuotationPrice>.Of(price), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.MissingValue, "kernel");
        s.Refuse(new OrderKernel.PrepareQuotation(12, ValueList<OrderKernel.QuotationPrice>.Of(null!), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.QuotationLineMismatch, "R13");
        var other = new OrderKernel.QuotationPrice(LineId.From("99"), Money.Of(85m, Currency.USD), Percentage.Zero);
        s.Refuse(new OrderKernel.PrepareQuotation(12, ValueList<OrderKernel.QuotationPrice>.Of(other), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.QuotationLineMismatch, "R13");
    }

    [Fact]
    public void Ship_ALineNamingNoOrderLine_IsRefused_R32()
    {
        var s = TvOrder.Through(Stage.Released);
        s.Refuse(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(null!, Quantity.Pieces(1)))), Actors.Warehouse)
            .Has(ViolationCodes.MissingValue, "kernel");
        s.Refuse(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(LineId.From("99"), Quantity.Pieces(1)))), Actors.Warehouse)
            .Has(ViolationCodes.InvalidInput, "R32");
        s.Do(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(500)))), Actors.Warehouse);
        Assert.Equal(500m, s.Current.ShippedQuantity(TvOrder.Line));
        Assert.Equal(0m, s.Current.ShippedQuantity(LineId.From("99")));
    }
}
