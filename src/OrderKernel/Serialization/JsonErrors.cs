using System;
using System.Text.Json;

namespace OrderKernel.Serialization;

/// <summary>Maps the serializer's exceptions to <see cref="JsonErrorKind"/>s and clean messages.</summary>
internal static class JsonErrors
{
    internal static JsonErrorKind Classify(JsonException e)
    {
        if (e is OrderKernelJsonException own)
        {
            return own.Kind;
        }

        var m = e.Message;
        if (m.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return JsonErrorKind.TooLarge;
        }

        if (m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return JsonErrorKind.UnknownProperty;
        }

        if (m.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return JsonErrorKind.DuplicateProperty;
        }

        if (m.Contains("missing required", StringComparison.OrdinalIgnoreCase) || m.Contains("null value", StringComparison.OrdinalIgnoreCase) || m.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return JsonErrorKind.MissingValue;
        }

        if (m.Contains("type discriminator", StringComparison.OrdinalIgnoreCase))
        {
            return JsonErrorKind.UnknownDiscriminator;
        }

        if (m.Contains("could not be converted", StringComparison.Ordinal))
        {
            return JsonErrorKind.WrongType;
        }

        if (e.InnerException is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return JsonErrorKind.InvalidValue;
        }

        return JsonErrorKind.MalformedJson;
    }

    /// <summary>How many characters of the input a message or path quotes at most.</summary>
    internal const int QuoteLength = 40;

    /// <summary>The longest message a reader returns; longer texts (a runtime message echoing a huge input) are cut.</summary>
    internal const int MaxMessageLength = 400;

    /// <summary>The longest path a reader returns; each of its parts quotes at most <see cref="QuoteLength"/> characters (property names come from the input).</summary>
    internal const int MaxPathLength = 200;

    /// <summary>The path of a polymorphic value's discriminator: the <c>type</c> member of the object at <paramref name="path"/> (<c>$.type</c>, <c>$[3].type</c>).</summary>
    internal static string DiscriminatorPath(string path) => path.EndsWith(".type", StringComparison.Ordinal) ? path : path + ".type";

    /// <summary>The JSON path System.Text.Json names in a message (" Path: $[3] | LineNumber: …"), or <c>$</c>.</summary>
    internal static string PathIn(string message)
    {
        var start = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (start < 0)
        {
            return "$";
        }

        start += " Path: ".Length;
        var end = message.IndexOf(" |", start, StringComparison.Ordinal);
        return end < 0 ? message[start..] : message[start..end];
    }

    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Quotes at most <see cref="QuoteLength"/> characters of an input text, then "…".</summary>
    internal static string Quote(string text) => Cut(text, QuoteLength);

    /// <summary>Says that <paramref name="text"/> is not what was expected; the reason only for a short text (a parser's reason repeats the text).</summary>
    internal static string NotA(string text, string expected, string reason) =>
        text.Length <= QuoteLength ? $"'{text}' is not {expected}: {reason}" : $"'{Quote(text)}' ({text.Length} characters) is not {expected}.";

    /// <summary>A reader's error with its message and path bounded: quoted input cut to <see cref="QuoteLength"/> characters, the whole text to a maximum.</summary>
    internal static JsonReadError Error(JsonErrorKind kind, string path, string message) =>
        new(kind, Cut(string.Join('.', Array.ConvertAll(path.Split('.'), Quote)), MaxPathLength), Cut(message.Length > MaxMessageLength ? ShortenQuotes(message) : message, MaxMessageLength));

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never end on the first half of a surrogate pair.
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>Cuts every '…'-quoted part of a long runtime message (System.Text.Json, NodaTime and the runtime quote the input).</summary>
    private static string ShortenQuotes(string message)
    {
        var parts = message.Split('\'');
        for (var i = 1; i < parts.Length; i += 2)
        {
            parts[i] = Quote(parts[i]);
        }

        return string.Join('\'', parts);
    }
}
