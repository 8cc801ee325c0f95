using NodaTime;

namespace OrderKernel;

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
