using NodaTime;

namespace OrderKernel;

/// <summary>What a change request changes (R33).</summary>
public enum ChangeKind
{
    /// <summary>A line's quantity.</summary>
    Quantity,

    /// <summary>A line's unit price.</summary>
    UnitPrice,

    /// <summary>The contractual delivery date.</summary>
    DeliveryDate,

    /// <summary>A new line.</summary>
    LineAdded,

    /// <summary>A line removed.</summary>
    LineRemoved,

    /// <summary>A line's specification: hardware, software or packaging (R35).</summary>
    Specification,

    /// <summary>The payment terms.</summary>
    PaymentTerms,

    /// <summary>Cancelling the order through the change procedure (R36).</summary>
    Cancellation,
}

/// <summary>Which part of a specification changes (R35: hardware and software changes in production are tested first).</summary>
public enum SpecificationArea
{
    /// <summary>Hardware.</summary>
    Hardware,

    /// <summary>Software (firmware).</summary>
    Software,

    /// <summary>Packaging.</summary>
    Packaging,
}

/// <summary>The state of a change request: the change-request sub-machine's states (see <see cref="ChangeRequestLifecycle"/>).</summary>
public enum ChangeStatus
{
    /// <summary>Submitted, not yet assessed.</summary>
    Submitted,

    /// <summary>Assessed: the preview and the approvals it needs are known.</summary>
    UnderAssessment,

    /// <summary>Every required approval, test and confirmation is in.</summary>
    Approved,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>Applied to the order (a new revision).</summary>
    Applied,

    /// <summary>Withdrawn by the requester.</summary>
    Withdrawn,
}

/// <summary>
/// The proposed change. Which members are used depends on <see cref="Kind"/>: <see cref="Line"/> for line changes,
/// <see cref="NewQuantity"/>, <see cref="NewUnitPrice"/>, <see cref="NewDeliveryDate"/>, <see cref="NewLine"/>,
/// <see cref="Area"/> and <see cref="NewSpecification"/>, or <see cref="NewPaymentTerms"/>.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Line">The line changed or removed.</param>
/// <param name="NewQuantity">The new quantity.</param>
/// <param name="NewUnitPrice">The new unit price.</param>
/// <param name="NewDeliveryDate">The new delivery date.</param>
/// <param name="NewLine">The line added (with its price).</param>
/// <param name="Area">The specification area changed.</param>
/// <param name="NewSpecification">The new specification text.</param>
/// <param name="NewPaymentTerms">The new payment terms.</param>
public sealed record ChangeProposal(
    ChangeKind Kind,
    LineId? Line = null,
    Quantity? NewQuantity = null,
    Money? NewUnitPrice = null,
    LocalDate? NewDeliveryDate = null,
    OrderLine? NewLine = null,
    SpecificationArea? Area = null,
    string? NewSpecification = null,
    PaymentTerms? NewPaymentTerms = null);

/// <summary>One field's old and new value.</summary>
/// <param name="Field">The field, e.g. <c>line 10 unit price</c>.</param>
/// <param name="Old">The old value.</param>
/// <param name="New">The new value.</param>
public sealed record FieldDiff(string Field, string Old, string New);

/// <summary>Who must act on a change before it is applied, and why (R33–R35).</summary>
/// <param name="Approvers">The roles that must each approve.</param>
/// <param name="RequiresTechnicalTest">Whether the technical department must test it first (R35).</param>
/// <param name="RequiresCustomerConfirmation">Whether the customer must confirm it before production continues (R35).</param>
/// <param name="HoldsOrder">Whether the order is held until the change is decided (R35).</param>
/// <param name="Explanation">The stage, kind and rule that decided it.</param>
public sealed record ChangeRouting(ValueList<Role> Approvers, bool RequiresTechnicalTest, bool RequiresCustomerConfirmation, bool HoldsOrder, string Explanation);

/// <summary>
/// The preview of a change, computed without applying it: the diff, the effect on the contract amount and installments
/// (deposit and balance), on the delivery date, and the approvals it needs.
/// </summary>
/// <param name="BaseRevision">The order revision the preview was made on.</param>
/// <param name="Diff">The fields that change.</param>
/// <param name="ContractAmountBefore">The contract amount before.</param>
/// <param name="ContractAmountAfter">The contract amount after.</param>
/// <param name="InstallmentsAfter">The installment amounts after (they sum to the new amount).</param>
/// <param name="DeliveryDateBefore">The delivery date before.</param>
/// <param name="DeliveryDateAfter">The delivery date after; a later date extends the time limits.</param>
/// <param name="Routing">Who must act.</param>
public sealed record ChangePreview(int BaseRevision, ValueList<FieldDiff> Diff, Money ContractAmountBefore, Money ContractAmountAfter, ValueList<InstallmentAmount> InstallmentsAfter, LocalDate? DeliveryDateBefore, LocalDate? DeliveryDateAfter, ChangeRouting Routing);

/// <summary>An approval of a change.</summary>
/// <param name="Role">The role approving.</param>
/// <param name="ApprovedBy">Who.</param>
/// <param name="At">When.</param>
/// <param name="Comments">The comments.</param>
public sealed record ChangeApproval(Role Role, ActorId ApprovedBy, Instant At, string Comments);

/// <summary>A change request and its progress (R33).</summary>
public sealed record ChangeRequest
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal ChangeRequest()
    {
    }

    /// <summary>Gets the host's id for the change, e.g. <c>CR-1</c>.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    // Stryker disable once String : equivalent: every change request is created with its id and reason (the decider and the JSON reader set both).
    public string Id { get; internal init; } = string.Empty;

    /// <summary>Gets the proposal.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ChangeProposal Proposal { get; internal init; } = null!;

    /// <summary>Gets the reason.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    // Stryker disable once String : equivalent: every change request is created with its id and reason (the decider and the JSON reader set both).
    public string Reason { get; internal init; } = string.Empty;

    /// <summary>Gets who requested it.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ActorId RequestedBy { get; internal init; } = null!;

    /// <summary>Gets when.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public Instant RequestedAt { get; internal init; }

    /// <summary>Gets the status.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ChangeStatus Status { get; internal init; }

    /// <summary>Gets the preview, once assessed.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ChangePreview? Preview { get; internal init; }

    /// <summary>Gets the approvals given.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public ValueList<ChangeApproval> Approvals { get; internal init; }

    /// <summary>Gets whether the technical test passed (R35); <see langword="null"/> before.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public bool? TestPassed { get; internal init; }

    /// <summary>Gets whether the customer confirmed (R35).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public bool CustomerConfirmed { get; internal init; }

    /// <summary>Gets the reason of a rejection; empty otherwise.</summary>
    [System.Text.Json.Serialization.JsonInclude]
    public string RejectionReason { get; internal init; } = string.Empty;

    /// <summary>Gets a value indicating whether everything the routing requires is in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFullyApproved
    {
        get
        {
            if (Preview is not { } p)
            {
                return false;
            }

            foreach (var role in p.Routing.Approvers)
            {
                if (!HasApproval(role))
                {
                    return false;
                }
            }

            return (!p.Routing.RequiresTechnicalTest || TestPassed == true) && (!p.Routing.RequiresCustomerConfirmation || CustomerConfirmed);
        }
    }

    /// <summary>Tells whether someone already approved the change in <paramref name="role"/>.</summary>
    internal bool HasApproval(Role role)
    {
        foreach (var a in Approvals)
        {
            if (a.Role.Equals(role))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A permanent entry of the change record (R37): what, why, who requested and approved, when, old and new values.</summary>
/// <param name="Revision">The order revision the change created.</param>
/// <param name="ChangeId">The change request.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Reason">Why.</param>
/// <param name="RequestedBy">Who requested it.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="AppliedBy">Who applied it.</param>
/// <param name="AppliedAt">When.</param>
/// <param name="Diff">The old and new values.</param>
/// <param name="AmountChange">The change of the contract amount.</param>
public sealed record ChangeRecord(int Revision, string ChangeId, ChangeKind Kind, string Reason, ActorId RequestedBy, ValueList<ActorId> ApprovedBy, ActorId AppliedBy, Instant AppliedAt, ValueList<FieldDiff> Diff, Money AmountChange);
