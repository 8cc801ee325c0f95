namespace OrderKernel;

/// <summary>Send sample units for the customer to approve hardware and software before mass production (R14).</summary>
/// <param name="Units">The units sent: 1 to the sample policy's maximum (default 2).</param>
/// <param name="Note">What was sent.</param>
public sealed record SendSample(int Units, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SendSample;

    internal override void CheckInput(InputCheck c) => c.AtMost("units", Units, KernelLimits.MaxCount).OptionalText("note", Note);
}
