using NodaTime;

namespace OrderKernel;

/// <summary>
/// The delay alarm (R24, R40's early announcement): the expected completion is after the delivery date, because a reported
/// delay pushed it there or a change moved the delivery date before the plan. Raised at once; hosts turn it into notices
/// to sales and the customer.
/// </summary>
/// <param name="ExpectedCompletion">The completion now expected: the planned completion plus the expected delays reported.</param>
/// <param name="DueDate">The contractual delivery date it misses.</param>
/// <param name="Reason">What raised it.</param>
public sealed record ProductionDelayAlarmRaised(LocalDate ExpectedCompletion, LocalDate DueDate, string Reason) : OrderEvent;
