using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
    /// <summary>Gets the commands allowed under every hold; default: release the hold, cancel, confirm payments, register and settle bank acceptance bills (R18) and report production progress or exceptions.</summary>
    public ValueList<CommandKind> AlwaysAllowed { get; init; } = ValueList<CommandKind>.Of(
        CommandKind.ReleaseHold, CommandKind.CancelOrder, CommandKind.ConfirmPayment, CommandKind.ReportProgress, CommandKind.ReportProductionException,
        CommandKind.RecordExcusableDelay, CommandKind.AssessDelayPenalty, CommandKind.RecordRefund, CommandKind.RegisterLetterOfCredit,
        CommandKind.RegisterBankAcceptanceBill, CommandKind.SettleBankAcceptanceBill,
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
