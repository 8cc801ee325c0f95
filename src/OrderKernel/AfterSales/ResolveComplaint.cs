namespace OrderKernel;

/// <summary>Resolve a complaint by repair, replacement or refund (R45).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Remedy">Repair, replacement or refund.</param>
/// <param name="Amount">For a refund, the amount credited (required); for a repair or replacement outside warranty, an optional charge; otherwise none.</param>
/// <param name="Note">The resolution's note.</param>
public sealed record ResolveComplaint(string ComplaintId, ComplaintRemedy Remedy, Money? Amount, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ResolveComplaint;

    internal override void CheckInput(InputCheck c) => c.Key("complaintId", ComplaintId).Defined("remedy", Remedy).Money("amount", Amount).Text("note", Note);
}
