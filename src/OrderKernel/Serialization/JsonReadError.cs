namespace OrderKernel.Serialization;

/// <summary>Why a JSON payload was refused: its kind, the JSON path and what was expected.</summary>
/// <param name="Kind">The kind of error.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.lines[0].quantity</c>.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record JsonReadError(JsonErrorKind Kind, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Path}: {Message}";
}
