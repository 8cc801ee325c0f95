namespace OrderKernel.Policies;

/// <summary>
/// A delay penalty policy (R39–R40): from chargeable days late and values to an amount, points and a trace.
/// Policies compose: see <see cref="DelayPenaltyPolicy"/> for rates, tiers, grace periods, caps and rounding.
/// </summary>
public interface IDelayPenaltyPolicy
{
    /// <summary>Assesses a delay: the amount and points, without building the explanation (allocation-free by default).</summary>
    /// <param name="input">Days late and values.</param>
    /// <returns>The result.</returns>
    PenaltyResult Assess(in PenaltyInput input);

    /// <summary>Explains <see cref="Assess"/> for the same input, line by line, as recorded in a <see cref="DelayAssessment"/>.</summary>
    /// <param name="input">Days late and values.</param>
    /// <returns>The calculation's lines, in order.</returns>
    ValueList<PenaltyTraceLine> Explain(in PenaltyInput input);
}
