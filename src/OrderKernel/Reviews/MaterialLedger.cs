using System.Collections.Generic;

namespace OrderKernel;

/// <summary>
/// R11: what becomes of the main material the passed review reserved. The other areas' deciders call these hooks:
/// cancellation and loss release everything still reserved, an applied change adjusts by line, the release to production
/// consumes it all. Reserved = initial, rescaled by changes, less released and consumed; never negative.
/// </summary>
internal static class MaterialLedger
{
    /// <summary>Cancellation or loss: releases everything still reserved.</summary>
    /// <returns>The movement, or none when nothing is reserved.</returns>
    public static OrderEvent[] ReleaseAll(Order state, DecisionContext ctx) => All(state, MaterialMovement.Released, ctx);

    /// <summary>Release to production: consumes everything still reserved.</summary>
    /// <returns>The movement, or none when nothing is reserved.</returns>
    public static OrderEvent[] ConsumeAll(Order state, DecisionContext ctx) => All(state, MaterialMovement.Consumed, ctx);

    /// <summary>
    /// An applied change: a removed line's materials are released, a line whose quantity changed has its materials rescaled
    /// by the line's new / old quantity (rounded up to the reserved quantity's decimals, so a change never under-reserves).
    /// Every bill-of-materials entry names its line (checked on submission), so the line's own ratio always applies.
    /// </summary>
    /// A line the change adds, while the review's reservation stands (passed, nothing consumed by the release to production yet), has its
    /// product and quantity reserved like the lines at review.
    /// <returns>A release, an adjustment and / or a reservation; none when no reserved line changed and none was added.</returns>
    public static OrderEvent[] Adjust(Order state, ValueList<OrderLine> linesAfter, DecisionContext ctx)
    {
        var released = new List<MaterialReservation>();
        var adjusted = new List<MaterialReservation>();
        foreach (var m in Reserved(state))
        {
            var before = Line(state.Lines, m.Line)!.Quantity.Value;
            if (Line(linesAfter, m.Line) is not { } after)
            {
                released.Add(m);
            }
            else if (after.Quantity.Value != before)
            {
                adjusted.Add(m with { Quantity = Quantity.Of(RoundUp(m.Quantity.Value * after.Quantity.Value / before, m.Quantity.Value.Scale), m.Quantity.Unit) });
            }
        }

        var added = new List<MaterialReservation>();
        if (state.Review is { Outcome: ReviewOutcome.Passed, ConsumedMaterials.IsEmpty: true })
        {
            foreach (var line in linesAfter)
            {
                if (Line(state.Lines, line.Id) is null)
                {
                    added.Add(new MaterialReservation(line.Id, line.Product, line.Quantity));
                }
            }
        }

        var events = new List<OrderEvent>();
        if (released.Count > 0)
        {
            events.Add(new MaterialsMoved(MaterialMovement.Released, ValueList<MaterialReservation>.From(released)) { At = ctx.Now, By = ctx.Actor.Id });
        }

        if (adjusted.Count > 0)
        {
            events.Add(new MaterialsMoved(MaterialMovement.Adjusted, ValueList<MaterialReservation>.From(adjusted)) { At = ctx.Now, By = ctx.Actor.Id });
        }

        if (added.Count > 0)
        {
            events.Add(new MaterialsMoved(MaterialMovement.Reserved, ValueList<MaterialReservation>.From(added)) { At = ctx.Now, By = ctx.Actor.Id });
        }

        return [.. events];
    }

    public static Order Apply(Order s, Review review, MaterialsMoved e)
    {
        var reserved = review.ReservedMaterials;
        var consumed = review.ConsumedMaterials;
        foreach (var m in e.Materials)
        {
            if (e.Movement == MaterialMovement.Reserved)
            {
                reserved = reserved.Add(m, s.Fold);
                continue;
            }

            var i = IndexOf(reserved, m);
            reserved = e.Movement == MaterialMovement.Adjusted
                ? reserved.SetItem(i, m)
                : Less(reserved, i, m.Quantity);
            consumed = e.Movement == MaterialMovement.Consumed ? consumed.Add(m, s.Fold) : consumed;
        }

        return s with { Review = review with { ReservedMaterials = reserved, ConsumedMaterials = consumed } };
    }

    private static ValueList<MaterialReservation> Less(ValueList<MaterialReservation> reserved, int i, Quantity moved)
    {
        var left = reserved[i].Quantity.Subtract(moved);
        return left.Value == 0m ? reserved.RemoveAt(i) : reserved.SetItem(i, reserved[i] with { Quantity = left });
    }

    private static OrderEvent[] All(Order state, MaterialMovement movement, DecisionContext ctx)
    {
        var reserved = Reserved(state);
        return reserved.IsEmpty ? [] : [new MaterialsMoved(movement, reserved) { At = ctx.Now, By = ctx.Actor.Id }];
    }

    private static ValueList<MaterialReservation> Reserved(Order state) => state.Review?.ReservedMaterials ?? default;

    private static int IndexOf(ValueList<MaterialReservation> reserved, MaterialReservation m)
    {
        for (var i = 0; i < reserved.Count; i++)
        {
            if (reserved[i].Line.Equals(m.Line) && reserved[i].Product.Equals(m.Product))
            {
                return i;
            }
        }

        throw new System.Diagnostics.UnreachableException($"{m.Product} on line {m.Line} is not reserved.");
    }

    private static OrderLine? Line(ValueList<OrderLine> lines, LineId id)
    {
        foreach (var line in lines)
        {
            if (line.Id.Equals(id))
            {
                return line;
            }
        }

        return null;
    }

    private static decimal RoundUp(decimal value, int decimals)
    {
        var step = new decimal(1, 0, 0, false, (byte)decimals);
        return decimal.Ceiling(value / step) * step;
    }
}
