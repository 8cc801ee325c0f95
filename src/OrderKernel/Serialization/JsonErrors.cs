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

    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
