namespace OrderKernel;

/// <summary>Assessment points a responsible party lost in a period (R39, R41).</summary>
/// <param name="Party">The party.</param>
/// <param name="Points">The points.</param>
public sealed record PartyPoints(string Party, decimal Points);
