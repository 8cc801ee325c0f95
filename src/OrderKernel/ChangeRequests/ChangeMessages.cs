namespace OrderKernel;

/// <summary>Submit a change request with its reason (R33).</summary>
/// <param name="ChangeId">The host's id for the change, unique within the order.</param>
/// <param name="Proposal">What changes.</param>
/// <param name="Reason">Why.</param>
public sealed record SubmitChangeRequest(string ChangeId, ChangeProposal Proposal, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SubmitChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).Proposal("proposal", Proposal).Text("reason", Reason);
}

/// <summary>Assess a change: compute its preview and the approvals it needs, without applying it.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record AssessChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AssessChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}

/// <summary>Approve a change in one of the roles its routing requires (R33–R34).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Comments">The comments.</param>
public sealed record ApproveChangeRequest(string ChangeId, string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).OptionalText("comments", Comments);
}

/// <summary>Reject a change.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Reason">Why.</param>
public sealed record RejectChangeRequest(string ChangeId, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).Text("reason", Reason);
}

/// <summary>Withdraw an open change.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record WithdrawChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.WithdrawChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}

/// <summary>The technical department records its test of a hardware or software change (R35).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Passed">Whether the test passed.</param>
/// <param name="Notes">The notes.</param>
public sealed record RecordChangeTest(string ChangeId, bool Passed, string Notes) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordChangeTest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).OptionalText("notes", Notes);
}

/// <summary>The customer confirms a tested change before production continues (R35).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ConfirmChangeByCustomer(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmChangeByCustomer;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}

/// <summary>Apply an approved change: a new order revision and a permanent change record (R33, R37).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ApplyChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApplyChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}

/// <summary>A change request was submitted.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Proposal">What changes.</param>
/// <param name="Reason">Why.</param>
public sealed record ChangeRequestSubmitted(string ChangeId, ChangeProposal Proposal, string Reason) : OrderEvent;

/// <summary>A change was assessed: its preview.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Preview">The preview.</param>
public sealed record ChangeRequestAssessed(string ChangeId, ChangePreview Preview) : OrderEvent;

/// <summary>A change was approved in a role.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Role">The role.</param>
/// <param name="Comments">The comments.</param>
public sealed record ChangeRequestApproved(string ChangeId, Role Role, string Comments) : OrderEvent;

/// <summary>A change was rejected.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Reason">Why.</param>
public sealed record ChangeRequestRejected(string ChangeId, string Reason) : OrderEvent;

/// <summary>A change was withdrawn.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ChangeRequestWithdrawn(string ChangeId) : OrderEvent;

/// <summary>A hardware or software change was tested (R35).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Notes">The notes.</param>
public sealed record ChangeTested(string ChangeId, bool Passed, string Notes) : OrderEvent;

/// <summary>The customer confirmed a change (R35).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ChangeConfirmedByCustomer(string ChangeId) : OrderEvent;

/// <summary>A change was applied: the order's new lines, date and terms, the amended contract, and the change record (R37).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Record">The change record.</param>
/// <param name="Lines">The order lines after the change.</param>
/// <param name="DeliveryDate">The delivery date after the change.</param>
/// <param name="PaymentTerms">The payment terms after the change.</param>
/// <param name="ContractAmount">The contract amount after the change.</param>
/// <param name="Installments">The installment amounts after the change.</param>
/// <param name="QuotedLines">The agreed (quoted) lines after the change, which settlement prices deliveries with.</param>
public sealed record ChangeApplied(string ChangeId, ChangeRecord Record, ValueList<OrderLine> Lines, NodaTime.LocalDate? DeliveryDate, PaymentTerms PaymentTerms, Money ContractAmount, ValueList<InstallmentAmount> Installments, ValueList<QuotationLine> QuotedLines) : OrderEvent;
