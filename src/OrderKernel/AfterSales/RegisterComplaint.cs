namespace OrderKernel;

/// <summary>Register a customer complaint about delivered goods (R45); the warranty policy says whether it is within warranty.</summary>
/// <param name="ComplaintId">The complaint's id, unique within the order.</param>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity affected; at most what was shipped of the line.</param>
/// <param name="Description">What is wrong.</param>
public sealed record RegisterComplaint(string ComplaintId, LineId Line, Quantity Quantity, string Description) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RegisterComplaint;

    internal override void CheckInput(InputCheck c) => c.Key("complaintId", ComplaintId).Present("line", Line).Quantity("quantity", Quantity).Text("description", Description);
}
