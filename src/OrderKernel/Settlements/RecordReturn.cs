namespace OrderKernel;

/// <summary>Record goods returned or exchanged after delivery (R45); a return earns a credit note at the line's net price.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity; at most what was shipped and not yet returned.</param>
/// <param name="Disposition">Return for credit, or exchange.</param>
/// <param name="Reason">Why.</param>
public sealed record RecordReturn(LineId Line, Quantity Quantity, ReturnKind Disposition, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordReturn;

    internal override void CheckInput(InputCheck c) => c.Present("line", Line).Quantity("quantity", Quantity).Defined("disposition", Disposition).Text("reason", Reason);
}
