using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// A delay assessment against the contractual date (R39–R40), with its full calculation: settlement and replay use it as
/// it was decided and never recompute it with newer policies.
/// </summary>
/// <param name="AsOf">The date assessed as of, in the contract's time zone.</param>
/// <param name="ContractDate">The contractual delivery date.</param>
/// <param name="CompletionDate">The delivery date, or <paramref name="AsOf"/> while undelivered.</param>
/// <param name="Delivered">Whether the goods were delivered.</param>
/// <param name="DaysLate">Calendar days after the contractual date.</param>
/// <param name="Excused">The excusable spans inside the late window.</param>
/// <param name="ChargeableDays">Days late minus excused days.</param>
/// <param name="ResponsibleParties">The responsible parties (manufacturers) who lose points.</param>
/// <param name="Amount">The penalty amount.</param>
/// <param name="PointsPerParty">Assessment points each responsible party loses (R39).</param>
/// <param name="Trace">The calculation, line by line.</param>
/// <param name="CapReached">Whether the cap limited the amount.</param>
/// <param name="TerminationThresholdReached">Whether the termination threshold is reached.</param>
public sealed record DelayAssessment(
    LocalDate AsOf,
    LocalDate ContractDate,
    LocalDate CompletionDate,
    bool Delivered,
    int DaysLate,
    ValueList<ExcusedSpan> Excused,
    int ChargeableDays,
    ValueList<string> ResponsibleParties,
    Money Amount,
    decimal PointsPerParty,
    ValueList<PenaltyTraceLine> Trace,
    bool CapReached,
    bool TerminationThresholdReached);
