using System;
using System.Diagnostics.CodeAnalysis;

namespace OrderKernel.Policies;

/// <summary>
/// The inputs of a penalty assessment: days late after excusable days, the values a rate may apply to, and the number of
/// responsible parties. A <see langword="readonly"/> struct: evaluating a policy allocates nothing for its arguments.
/// </summary>
public readonly struct PenaltyInput
{
    /// <summary>Creates penalty inputs.</summary>
    /// <param name="daysLate">Chargeable days late (excusable days already removed); not negative.</param>
    /// <param name="contractValue">The contract value.</param>
    /// <param name="delayedValue">The value of the delayed part.</param>
    /// <param name="undeliveredValue">The value not yet delivered.</param>
    /// <param name="responsibleParties">The number of responsible parties (manufacturers) for points (R39).</param>
    public PenaltyInput(int daysLate, Money contractValue, Money delayedValue, Money undeliveredValue, int responsibleParties)
    {
        // Plain checks, their throws in a helper: this constructor runs on every assessment and stays small enough to be
        // inlined (the generic guard boxes its argument).
        if (daysLate < 0)
        {
            ThrowNegative(nameof(daysLate), daysLate, "Days late cannot be negative.");
        }

        if (responsibleParties < 0)
        {
            ThrowNegative(nameof(responsibleParties), responsibleParties, "The number of responsible parties cannot be negative.");
        }

        DaysLate = daysLate;
        ContractValue = contractValue;
        DelayedValue = delayedValue;
        UndeliveredValue = undeliveredValue;
        ResponsibleParties = responsibleParties;
    }

    /// <summary>Gets the chargeable days late.</summary>
    public int DaysLate { get; }

    /// <summary>Gets the contract value.</summary>
    public Money ContractValue { get; }

    /// <summary>Gets the value of the delayed part.</summary>
    public Money DelayedValue { get; }

    /// <summary>Gets the value not yet delivered.</summary>
    public Money UndeliveredValue { get; }

    /// <summary>Gets the number of responsible parties.</summary>
    public int ResponsibleParties { get; }

    /// <summary>Gets the value a base names.</summary>
    /// <param name="base">The base.</param>
    /// <returns>The value.</returns>
    public Money Value(PenaltyBase @base) => @base switch
    {
        PenaltyBase.ContractValue => ContractValue,
        PenaltyBase.DelayedValue => DelayedValue,
        PenaltyBase.UndeliveredValue => UndeliveredValue,
        _ => throw new ArgumentOutOfRangeException(nameof(@base), @base, "Unknown penalty base."),
    };

    [DoesNotReturn]
    private static void ThrowNegative(string parameter, int value, string message) => throw new ArgumentOutOfRangeException(parameter, value, message);

    internal PenaltyInput WithDays(int days) => new(days, ContractValue, DelayedValue, UndeliveredValue, ResponsibleParties);
}
