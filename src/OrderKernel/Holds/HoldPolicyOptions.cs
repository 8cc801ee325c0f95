using System.Collections.Generic;
using System.Collections.Immutable;

namespace OrderKernel.Policies;

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
