namespace OrderKernel.Policies;

/// <summary>Whether and on which terms the company accepts an order (R9), with its explanation.</summary>
/// <param name="Outcome">Accept, accept with terms, or decline.</param>
/// <param name="Surcharge">The surcharge on every quoted line; 0 % unless <see cref="AcceptanceOutcome.AcceptWithTerms"/>.</param>
/// <param name="ExtraLeadTimeDays">Days added to the requested delivery date; 0 unless <see cref="AcceptanceOutcome.AcceptWithTerms"/>.</param>
/// <param name="Explanation">The facts and limits that decided it.</param>
public sealed record AcceptanceDecision(AcceptanceOutcome Outcome, Percentage Surcharge, int ExtraLeadTimeDays, string Explanation);
