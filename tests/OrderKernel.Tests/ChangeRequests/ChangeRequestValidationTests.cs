using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ChangeRequests;

/// <summary>Every malformed change request is refused with an explanation and changes nothing (R33).</summary>
public class ChangeRequestValidationTests
{
    private static readonly LineId Missing = LineId.From("99");
    private static readonly OrderLine Speakers = OrderLine.Create(LineId.From("20"), ProductId.From("SPK-2"), "2.0 speakers", Quantity.Pieces(100), Money.Of(12m, Currency.USD));

    public static TheoryData<string, ChangeProposal, string> Invalid() => new()
    {
        { "quantity of a missing line", new ChangeProposal(ChangeKind.Quantity, Missing, NewQuantity: Quantity.Pieces(10)), "A Quantity change names an existing line (99)." },
        { "quantity without a line", new ChangeProposal(ChangeKind.Quantity, NewQuantity: Quantity.Pieces(10)), "A Quantity change names an existing line ()." },
        { "no new quantity", new ChangeProposal(ChangeKind.Quantity, TvOrder.Line), "A quantity change needs a new positive quantity in pcs, different from 2000 pcs." },
        { "quantity in another unit", new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Of(10m, UnitOfMeasure.Metre)), "A quantity change needs" },
        { "the same quantity", new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Pieces(2000)), "A quantity change needs" },
        { "no new price", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line), "A price change needs a new non-negative unit price in USD, different from 85.00 USD." },
        { "price in another currency", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(80m, Currency.EUR)), "A price change needs" },
        { "the same price", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(85m, Currency.USD)), "A price change needs" },
        { "a negative price", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(-1m, Currency.USD)), "A price change needs" },
        { "no new date", new ChangeProposal(ChangeKind.DeliveryDate), "A delivery date change needs a new date, not in the past." },
        { "the same date", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: TvOrder.DeliveryDate), "A delivery date change needs" },
        { "a date in the past", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 1, 5)), "A delivery date change needs" },
        { "no added line", new ChangeProposal(ChangeKind.LineAdded), "An added line needs a new id and a unit price in USD." },
        { "an added line reusing an id", new ChangeProposal(ChangeKind.LineAdded, NewLine: TvOrder.TvLine()), "An added line needs" },
        { "an added line priced in another currency", new ChangeProposal(ChangeKind.LineAdded, NewLine: Speakers.WithUnitPrice(Money.Of(12m, Currency.EUR))), "An added line needs" },
        { "an added line without a price", new ChangeProposal(ChangeKind.LineAdded, NewLine: OrderLine.Create(LineId.From("30"), ProductId.From("X"), "x", Quantity.Pieces(1), null)), "An added line needs" },
        { "removing the last line", new ChangeProposal(ChangeKind.LineRemoved, TvOrder.Line), "The last line, or a line already shipped, cannot be removed; cancel the order or return the goods instead." },
        { "a specification without an area", new ChangeProposal(ChangeKind.Specification, TvOrder.Line, NewSpecification: "new"), "A specification change names its area (hardware, software, packaging) and the new specification." },
        { "a blank specification", new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Hardware, NewSpecification: " "), "A specification change names its area" },
        { "the same specification", new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Hardware, NewSpecification: TvOrder.TvLine().Specification), "A specification change names its area" },
        { "no new terms", new ChangeProposal(ChangeKind.PaymentTerms), "A payment terms change needs new terms." },
        { "the same terms", new ChangeProposal(ChangeKind.PaymentTerms, NewPaymentTerms: PaymentTerms.Default), "A payment terms change needs new terms." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void SubmitChangeRequest_Malformed_IsRefusedAndChangesNothing_R33(string what, ChangeProposal proposal, string message)
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var v = s.Refuse(new SubmitChangeRequest("CR-1", proposal, what), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33");
        Assert.StartsWith(message, v.Message, StringComparison.Ordinal);
        Assert.Empty(s.Current.ChangeRequests);
    }

    [Fact]
    public void SubmitChangeRequest_WithUndefinedKindOrArea_IsRefusedAtTheDoor()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var kind = s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal((ChangeKind)99), "?"), Actors.Sales).Has(ViolationCodes.InvalidInput, "kernel");
        Assert.Equal("proposal.kind has no member 99.", kind.Message);
        var area = s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: (SpecificationArea)42, NewSpecification: "new"), "?"), Actors.Sales).Has(ViolationCodes.InvalidInput, "kernel");
        Assert.Equal("proposal.area has no member 42.", area.Message);
        Assert.Empty(s.Current.ChangeRequests);
    }

    [Fact]
    public void SubmitChangeRequest_NeedsAFreshIdAndAReason_R33()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var date = new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15));
        Assert.StartsWith("A change needs an id not used before", s.Refuse(new SubmitChangeRequest(" ", date, "later"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33").Message, StringComparison.Ordinal);
        Assert.Equal("A change request states its content and its reason.", s.Refuse(new SubmitChangeRequest("CR-1", date, " "), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33").Message);
        Assert.Equal("proposal is missing.", s.Refuse(new SubmitChangeRequest("CR-1", null!, "later"), Actors.Sales).Has(ViolationCodes.MissingValue, "kernel").Message);
        s.Do(new SubmitChangeRequest("CR-1", date, "later"), Actors.Sales);
        Assert.Contains("('CR-1')", s.Refuse(new SubmitChangeRequest("CR-1", date, "again"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherChangeApplied_BeforeAssessment_MakesTheProposalInvalid_AndAssessExplains_R33()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var july = new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15));
        s.Do(new SubmitChangeRequest("CR-1", july, "customer's warehouse full"), Actors.Sales);
        s.Do(new SubmitChangeRequest("CR-2", july, "the same, asked twice"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        foreach (var approver in s.Current.ChangeRequests[0].Preview!.Routing.Approvers)
        {
            s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.All.FirstOrDefault(a => a.HasRole(approver))!);
        }

        s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);
        var v = s.Refuse(new AssessChangeRequest("CR-2"), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R33");
        Assert.Equal("A delivery date change needs a new date, not in the past.", v.Message);
    }
}
