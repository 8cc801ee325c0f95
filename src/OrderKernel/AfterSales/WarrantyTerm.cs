using NodaTime;

namespace OrderKernel.Policies;

/// <summary>A line's warranty: its last day and why.</summary>
/// <param name="Ends">The last day covered.</param>
/// <param name="Basis">The explanation (which period, from which date).</param>
public sealed record WarrantyTerm(LocalDate Ends, string Basis);
