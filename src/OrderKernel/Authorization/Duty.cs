namespace OrderKernel.Policies;

/// <summary>
/// A duty a person takes on one item of an order. Separation of duties (<see cref="ISeparationOfDutiesPolicy"/>) says
/// which two duties one person may not both hold on the same item, whatever roles the person has.
/// </summary>
/// <remarks>
/// The items: the current quotation revision (<see cref="PrepareQuotation"/>, <see cref="ApproveQuotation"/>), a review
/// round (<see cref="SignReview"/>), a change request (<see cref="RequestChange"/>, <see cref="ApproveChange"/>) and the
/// shipment release with its dispatches (<see cref="ReleaseShipment"/>, <see cref="Dispatch"/>).
/// </remarks>
public enum Duty
{
    /// <summary>Prepares or revises the current quotation revision (R12).</summary>
    PrepareQuotation,

    /// <summary>Approves the current quotation revision at one level (R8).</summary>
    ApproveQuotation,

    /// <summary>Signs one department's part of a review round (R5).</summary>
    SignReview,

    /// <summary>Submits a change request (R33).</summary>
    RequestChange,

    /// <summary>Approves a change request in one role its routing requires (R33–R34).</summary>
    ApproveChange,

    /// <summary>Signs the shipment release (R30).</summary>
    ReleaseShipment,

    /// <summary>Dispatches goods against the shipment release (R30–R31).</summary>
    Dispatch,
}
