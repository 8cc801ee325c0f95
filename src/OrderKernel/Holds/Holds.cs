using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel;

/// <summary>Why an order is on hold.</summary>
public enum HoldCode
{
    /// <summary>The customer's credit.</summary>
    Credit,

    /// <summary>A quality problem.</summary>
    Quality,

    /// <summary>The customer asked to wait.</summary>
    CustomerRequest,

    /// <summary>A change is pending (R35).</summary>
    ChangePending,

    /// <summary>Another reason, given in the hold's text.</summary>
    Custom,
}

/// <summary>An active hold.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
/// <param name="PlacedBy">Who placed it.</param>
/// <param name="PlacedAt">When.</param>
public sealed record Hold(HoldCode Code, string Reason, ActorId PlacedBy, Instant PlacedAt);

/// <summary>Place a hold on the order.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
public sealed record PlaceHold(HoldCode Code, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PlaceHold;

    internal override void CheckInput(InputCheck c) => c.Defined("code", Code).Text("reason", Reason);
}

/// <summary>Release the active hold.</summary>
/// <param name="Note">Why it can be released.</param>
public sealed record ReleaseHold(string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseHold;

    internal override void CheckInput(InputCheck c) => c.OptionalText("note", Note);
}

/// <summary>A hold was placed.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
public sealed record HoldPlaced(HoldCode Code, string Reason) : OrderEvent;

/// <summary>The hold was released.</summary>
/// <param name="Code">The code of the released hold.</param>
/// <param name="Note">The note.</param>
public sealed record HoldReleased(HoldCode Code, string Note) : OrderEvent;

/// <summary>A past hold: from when it was placed to when it was released.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
/// <param name="From">When it was placed.</param>
/// <param name="To">When it was released.</param>
public sealed record HoldPeriod(HoldCode Code, string Reason, Instant From, Instant To);
