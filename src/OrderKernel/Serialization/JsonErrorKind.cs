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

    /// <summary>A value of the wrong JSON type (a number where a string is expected, an enum name not spelled exactly as a member, …).</summary>
    WrongType,

    /// <summary>
    /// A value that parses but breaks a domain rule (negative quantity, unknown currency, too many decimals, impossible
    /// date, …), a number with more digits than <see cref="decimal"/> holds exactly, or text with a lone surrogate.
    /// </summary>
    InvalidValue,

    /// <summary>A snapshot of a schema version this kernel cannot read.</summary>
    UnsupportedSchemaVersion,

    /// <summary>
    /// A document longer than the reader's maximum length (<see cref="OrderKernelJson.MaxCommandLength"/>,
    /// <see cref="OrderKernelJson.MaxDocumentLength"/>), refused before parsing, or nested deeper than
    /// <see cref="OrderKernelJson.MaxDepth"/>.
    /// </summary>
    TooLarge,
}
