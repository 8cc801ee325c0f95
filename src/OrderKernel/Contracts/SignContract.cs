namespace OrderKernel;

/// <summary>
/// The sales manager draws up, signs and numbers the contract on the accepted quotation's terms (R15–R16). In the
/// standard lifecycle it then goes to the department head (<see cref="CheckContract"/>); without
/// <see cref="OptionalStage.ContractSignatureRound"/> (electronic signing) it is in force at once.
/// </summary>
/// <param name="Sequence">The next value of the host's contract sequence; positive.</param>
public sealed record SignContract(long Sequence) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SignContract;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence);
}
