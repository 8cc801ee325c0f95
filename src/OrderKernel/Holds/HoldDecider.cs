using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Placing and releasing holds.</summary>
internal static class HoldDecider
{
    public static Outcome Decide(Order state, PlaceHold c, DecisionContext ctx)
    {
        if (state.Hold is { } active)
        {
            return Outcome.Reject(ViolationCodes.AlreadyOnHold, $"The order is already on a {active.Code} hold: {active.Reason}.", "R33");
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A hold needs a reason.", "R33");
        }

        return Outcome.Emit(new HoldPlaced(c.Code, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ReleaseHold c, DecisionContext ctx) =>
        state.Hold is not { } active
            ? Outcome.Reject(ViolationCodes.NotOnHold, "The order is not on hold.", "R33")
            : Outcome.Emit(new HoldReleased(active.Code, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });

    public static Order Apply(Order s, HoldPlaced e) => s with { Hold = new Hold(e.Code, e.Reason, e.By, e.At) };

    public static Order Apply(Order s, Hold hold, HoldReleased e) => s with { Holds = Ended(s, hold, e.At) };

    /// <summary>The holds after <paramref name="hold"/> ends at <paramref name="at"/> (released, or ended by a cancellation): none active, its period kept in the history.</summary>
    internal static HoldState Ended(Order s, Hold hold, NodaTime.Instant at) =>
        new() { History = s.HoldHistory.Add(new HoldPeriod(hold.Code, hold.Reason, hold.PlacedAt, at), s.Fold) };
}
