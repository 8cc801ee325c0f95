namespace OrderKernel;

/// <summary>What the policy is asked: what the order has reached and the facts that make documents conditional.</summary>
/// <param name="Reached">The milestones the order has reached, in order.</param>
/// <param name="HasLetterOfCredit">Whether a letter of credit is registered (its copy is then kept).</param>
/// <param name="AppliedChanges">How many changes were applied (each has its change form).</param>
public sealed record OrderFileQuestion(ValueList<Milestone> Reached, bool HasLetterOfCredit, int AppliedChanges);
