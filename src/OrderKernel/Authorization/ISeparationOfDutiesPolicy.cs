namespace OrderKernel.Policies;

/// <summary>
/// Separation of duties (R5, R8, R30, R33–R34): which duties one person may not both hold on the same item of an order,
/// whatever roles the person has. Refusals are <see cref="ViolationCodes.SelfApproval"/> (the preparer of a quotation
/// or the requester of a change approving it) and <see cref="ViolationCodes.SeparationOfDuties"/> (every other pair).
/// </summary>
public interface ISeparationOfDutiesPolicy
{
    /// <summary>Tells whether a person who holds one duty on an item may not also take another on the same item.</summary>
    /// <param name="held">The duty the person already holds on the item.</param>
    /// <param name="taking">The duty the person is taking now.</param>
    /// <returns><see langword="true"/> when the two must be held by different people.</returns>
    bool Separates(Duty held, Duty taking);
}
