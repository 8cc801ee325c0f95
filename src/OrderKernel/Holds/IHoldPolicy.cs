namespace OrderKernel.Policies;

/// <summary>Decides which commands a hold blocks.</summary>
public interface IHoldPolicy
{
    /// <summary>Tells whether a hold with this code blocks a command kind.</summary>
    /// <param name="code">The hold's code.</param>
    /// <param name="kind">The command kind.</param>
    /// <returns><see langword="true"/> when blocked.</returns>
    bool Blocks(HoldCode code, CommandKind kind);
}
