namespace OrderKernel;

/// <summary>Reserved main material moved (R11): released on cancellation, loss or a removed line, adjusted by a change, consumed at the release to production.</summary>
/// <param name="Movement">What happened.</param>
/// <param name="Materials">Per line and material: the quantity released or consumed; for <see cref="MaterialMovement.Adjusted"/>, the quantity reserved after the adjustment.</param>
public sealed record MaterialsMoved(MaterialMovement Movement, ValueList<MaterialReservation> Materials) : OrderEvent;
