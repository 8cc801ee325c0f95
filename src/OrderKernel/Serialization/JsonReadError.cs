namespace OrderKernel.Serialization;

/// <summary>What kind of bad input a JSON reader met.</summary>
public enum JsonErrorKind
{
    /// <summary>Not well-formed JSON.</summary>
    MalformedJson,

    /// <summary>The <c>type</c> discriminator is missing or names no known command or event.</summary>
    UnknownDiscriminator,

    /// <summary>A property the type does not have.</summary>
    UnknownProperty,

    /// <summary>A property given twice.</summary>
    DuplicateProperty,

    /// <summary>A required property is missing or null.</summary>
    MissingValue,

    /// <summary>A value of the wrong JSON type (a number where a string is expected, an unknown enum name, …).</summary>
    WrongType,

    /// <summary>A value that parses but breaks a domain rule (negative quantity, unknown currency, too many decimals, impossible date, …).</summary>
    InvalidValue,

    /// <summary>A snapshot of a schema version this kernel cannot read.</summary>
    UnsupportedSchemaVersion,
}

/// <summary>Why a JSON payload was refused: its kind, the JSON path and what was expected.</summary>
/// <param name="Kind">The kind of error.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.lines[0].quantity</c>.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record JsonReadError(JsonErrorKind Kind, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Path}: {Message}";
}
