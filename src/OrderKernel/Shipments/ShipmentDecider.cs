using System.Collections.Generic;
using NodaTime.Text;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Release, letters of credit, exceptions, dispatch with tolerance, delivery and reconciliation (R17–R18, R30–R32).</summary>
internal static class ShipmentDecider
{
    public static Outcome Decide(Order state, ReleaseForShipment c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(new ShipmentReleased(state.TotalPaid) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(ApproveShipmentException c, DecisionContext ctx) =>
        string.IsNullOrWhiteSpace(c.Reason)
            ? Outcome.Reject(ViolationCodes.InvalidInput, "An exception to the release rule records its reason.", "R17")
            : Outcome.Emit(new ShipmentExceptionApproved(c.Reason) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, RegisterLetterOfCredit c, DecisionContext ctx)
    {
        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"A letter of credit for this order is in {state.Currency}.", "R18");
        }

        var today = state.DateAt(ctx.Now);
        if (string.IsNullOrWhiteSpace(c.Number) || string.IsNullOrWhiteSpace(c.IssuingBank) || !c.Amount.IsPositive || c.Expiry < today)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A letter of credit needs a number, an issuing bank, a positive amount and an expiry not before today ({LocalDatePattern.Iso.Format(today)}).", "R18");
        }

        return Outcome.Emit(new LetterOfCreditRegistered(new LetterOfCredit(c.Number, c.IssuingBank, c.Amount, c.Expiry, c.RequiredDocuments)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Ship c, DecisionContext ctx)
    {
        // Separation of duties (R30): the warehouse ships against a release someone else signed.
        if (state.ShipmentRelease is { } release && release.SignedBy.Equals(ctx.Actor.Id) && ctx.Policies.SeparationOfDuties.Separates(Duty.ReleaseShipment, Duty.Dispatch))
        {
            return Outcome.Reject(SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.ReleaseShipment, "signed the shipment release", Duty.Dispatch, "dispatch the goods"));
        }

        if (string.IsNullOrWhiteSpace(c.Carrier) || string.IsNullOrWhiteSpace(c.CarrierIdentity) || string.IsNullOrWhiteSpace(c.Waybill))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "Dispatch must record the carrier, the carrier's identity and the waybill.", "R31");
        }

        var lines = new List<ShippedLine>();
        var v = new List<Violation>();
        var shippedSoFar = state.ShippedQuantities();
        if (c.Lines.IsEmpty)
        {
            foreach (var line in state.Lines)
            {
                var rest = line.Quantity.Value - shippedSoFar.GetValueOrDefault(line.Id);
                if (rest > 0m)
                {
                    lines.Add(new ShippedLine(line.Id, Quantity.Of(rest, line.Quantity.Unit)));
                }
            }

            if (lines.Count == 0)
            {
                v.Add(Violation.Of(ViolationCodes.InvalidInput, "Every line is already shipped in full; name the lines to ship more.", "R32"));
            }
        }
        else
        {
            var byId = new Dictionary<LineId, OrderLine>(state.Lines.Count);
            foreach (var l in state.Lines)
            {
                byId.TryAdd(l.Id, l);
            }

            var seen = new HashSet<LineId>();
            foreach (var shipped in c.Lines)
            {
                var line = byId.GetValueOrDefault(shipped.Line); // the input check refused missing lines
                if (line is null || !seen.Add(shipped.Line) || !shipped.Quantity.Unit.Equals(line.Quantity.Unit) || shipped.Quantity.Value <= 0m)
                {
                    v.Add(Violation.Of(ViolationCodes.InvalidInput, $"A shipped line must name an order line once, with a positive quantity in its unit ({shipped.Line}).", "R32"));
                    continue;
                }

                var total = shippedSoFar.GetValueOrDefault(line.Id) + shipped.Quantity.Value;
                if (total > line.MaximumDelivery)
                {
                    v.Add(Violation.Of(ViolationCodes.OverDelivery, $"Line {line.Id} would reach {total} {line.Quantity.Unit} of {line.Quantity} ordered, above its tolerance maximum of {line.MaximumDelivery} {line.Quantity.Unit}; raise the quantity with a change first.", "R32"));
                    continue;
                }

                lines.Add(shipped);
            }
        }

        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        return Outcome.Emit(new OrderShipped(c.Carrier, c.CarrierIdentity, c.Waybill, c.Documents, ValueList<ShippedLine>.From(lines)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ConfirmDelivery c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.ReceivedBy))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A delivery confirmation names who received the goods.", "R38");
        }

        var first = state.Shipments[0].ShippedAt;
        if (c.ReceivedAt > ctx.Now || c.ReceivedAt < first)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"Receipt at {c.ReceivedAt} must lie between the first dispatch ({first}) and now ({ctx.Now}).", "R38");
        }

        return Outcome.Emit(new DeliveryConfirmed(c.ReceivedBy, c.ReceivedAt) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Apply(Order s, ShipmentReleased e) =>
        s with { Status = OrderStatus.ReleasedForShipment, ShipmentRelease = new ShipmentRelease(e.By, e.At, e.PaidAtRelease) };

    public static Order Apply(Order s, ShipmentExceptionApproved e) =>
        s with { ShipmentException = new ShipmentException(e.Reason, e.By, e.At) };

    public static Order Apply(Order s, LetterOfCreditRegistered e) => s with { LetterOfCredit = e.LetterOfCredit };

    public static Order Apply(Order s, OrderShipped e) => s with
    {
        Status = OrderStatus.Shipped,
        Shipments = s.Shipments.Add(new Shipment(e.Carrier, e.CarrierIdentity, e.Waybill, e.Documents, e.Lines, e.By, e.At), s.Fold),
    };

    public static Order Apply(Order s, DeliveryConfirmed e) =>
        s with { Status = OrderStatus.Delivered, Delivery = new Delivery(e.ReceivedBy, e.ReceivedAt, e.By) };

    public static Order Apply(Order s, SupplementalOrderProposed e) => s with { SupplementalOrders = s.SupplementalOrders.Add(e.Proposal, s.Fold) };
}
