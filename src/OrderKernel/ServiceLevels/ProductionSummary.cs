namespace OrderKernel;

/// <summary>The production side of the period (R47: the production department's monthly summary; 000 step 10).</summary>
/// <param name="Released">Orders released to production in the period.</param>
/// <param name="Completed">Production runs completed in the period (a run completed again after rework counts again).</param>
/// <param name="Inspections">Final inspections recorded in the period: <paramref name="Passed"/> + <paramref name="Failed"/>.</param>
/// <param name="Passed">Of those, passed.</param>
/// <param name="Failed">Of those, failed (sent back to rework, R29).</param>
/// <param name="FirstPassYield">The share of inspections passed; 100 % when none.</param>
/// <param name="Exceptions">Production exceptions reported in the period (R25).</param>
/// <param name="InProductionAtEnd">Orders released and not completed at the period's end (work in progress).</param>
/// <param name="QuantityCompleted">The ordered quantity of the runs completed in the period, one total per unit.</param>
public sealed record ProductionSummary(int Released, int Completed, int Inspections, int Passed, int Failed, Percentage FirstPassYield, int Exceptions, int InProductionAtEnd, ValueList<Quantity> QuantityCompleted);
