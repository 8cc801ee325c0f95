using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Orders;
using OrderKernel.Primitives;
using OrderKernel.Internal;

namespace OrderKernel.Holds;

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
public sealed record HoldPlaced(HoldCode Code, string Reason) : OrderEvent
{
    internal override void ApplyTo(Order s) => HoldDecider.Apply(s, this);
}

/// <summary>The hold was released.</summary>
/// <param name="Code">The code of the released hold.</param>
/// <param name="Note">The note.</param>
public sealed record HoldReleased(HoldCode Code, string Note) : OrderEvent
{
    internal override void ApplyTo(Order s) => HoldDecider.Apply(s, this);
}

/// <summary>Decides which commands a hold blocks.</summary>
public interface IHoldPolicy
{
    /// <summary>Tells whether a hold with this code blocks a command kind.</summary>
    /// <param name="code">The hold's code.</param>
    /// <param name="kind">The command kind.</param>
    /// <returns><see langword="true"/> when blocked.</returns>
    bool Blocks(HoldCode code, CommandKind kind);
}

/// <summary>Options of the default hold policy: the commands each code still allows.</summary>
public sealed record HoldPolicyOptions
{
    /// <summary>Gets the commands allowed under every hold; default: release the hold, cancel, confirm payments and report production progress or exceptions.</summary>
    public ValueList<CommandKind> AlwaysAllowed { get; init; } = ValueList<CommandKind>.Of(
        CommandKind.ReleaseHold, CommandKind.CancelOrder, CommandKind.ConfirmPayment, CommandKind.ReportProgress, CommandKind.ReportProductionException,
        CommandKind.RecordExcusableDelay, CommandKind.AssessDelayPenalty, CommandKind.RecordRefund, CommandKind.RegisterLetterOfCredit,
        CommandKind.SubmitChangeRequest, CommandKind.AssessChangeRequest, CommandKind.ApproveChangeRequest, CommandKind.RejectChangeRequest,
        CommandKind.WithdrawChangeRequest, CommandKind.RecordChangeTest, CommandKind.ConfirmChangeByCustomer, CommandKind.ApplyChangeRequest);

    /// <summary>Gets further commands allowed per code; default: a customer-request hold still lets the customer answer a sample.</summary>
    public ImmutableDictionary<HoldCode, ValueList<CommandKind>> AllowedByCode { get; init; } = ImmutableDictionary.CreateRange(new KeyValuePair<HoldCode, ValueList<CommandKind>>[]
    {
        new(HoldCode.CustomerRequest, ValueList<CommandKind>.Of(CommandKind.ApproveSample, CommandKind.RejectSample)),
        new(HoldCode.ChangePending, ValueList<CommandKind>.Of(CommandKind.ApproveSample, CommandKind.RejectSample)),
    });
}

/// <summary>Creates hold policies.</summary>
public static class HoldPolicy
{
    /// <summary>Gets the default hold policy.</summary>
    public static IHoldPolicy Default { get; } = Create(new HoldPolicyOptions());

    /// <summary>Creates the default hold policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IHoldPolicy Create(HoldPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.AllowedByCode, nameof(options));
        return new DefaultHoldPolicy(options);
    }

    private sealed class DefaultHoldPolicy(HoldPolicyOptions options) : IHoldPolicy
    {
        public bool Blocks(HoldCode code, CommandKind kind) =>
            !options.AlwaysAllowed.Contains(kind) && !(options.AllowedByCode.TryGetValue(code, out var more) && more.Contains(kind));
    }
}

/// <summary>A past hold: from when it was placed to when it was released.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
/// <param name="From">When it was placed.</param>
/// <param name="To">When it was released.</param>
public sealed record HoldPeriod(HoldCode Code, string Reason, Instant From, Instant To);
