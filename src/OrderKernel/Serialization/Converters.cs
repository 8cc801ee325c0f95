using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace OrderKernel.Serialization;

/// <summary>A JSON error raised by the kernel's converters, carrying its kind; the serializer adds the path.</summary>
internal sealed class OrderKernelJsonException(JsonErrorKind kind, string message, string suffix = "", Exception? inner = null) : JsonException(message, inner)
{
    public JsonErrorKind Kind { get; } = kind;

    /// <summary>Gets the path below the serializer's own path, for errors raised inside a list item (e.g. <c>[0].quantity</c>).</summary>
    public string Suffix { get; } = suffix;
}

/// <summary>A converter that reads a JSON string and parses it, refusing other tokens.</summary>
internal abstract class StringValueConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected a string ({Expected}), found {reader.TokenType}.");
        }

        var text = JsonText.GetString(ref reader);
        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UnparsableValueException or InvalidOperationException)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, JsonErrors.NotA(text, Expected, e.Message));
        }
    }

    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Format(value));

    protected abstract string Expected { get; }

    protected abstract T Parse(string text);

    protected abstract string Format(T value);
}

internal sealed class InstantJsonConverter : StringValueConverter<Instant>
{
    protected override string Expected => "an ISO-8601 UTC instant such as 2026-03-02T01:00:00Z";

    protected override Instant Parse(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    protected override string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);
}

internal sealed class LocalDateJsonConverter : StringValueConverter<LocalDate>
{
    protected override string Expected => "an ISO-8601 calendar date such as 2026-06-30";

    protected override LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;

    protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);
}

internal sealed class LocalTimeJsonConverter : StringValueConverter<LocalTime>
{
    protected override string Expected => "an ISO-8601 local time such as 09:00:00";

    protected override LocalTime Parse(string text) => LocalTimePattern.ExtendedIso.Parse(text).Value;

    protected override string Format(LocalTime value) => LocalTimePattern.ExtendedIso.Format(value);
}

internal sealed class DurationJsonConverter : StringValueConverter<Duration>
{
    protected override string Expected => "a duration such as 1:08:00:00 (days:hours:minutes:seconds)";

    protected override Duration Parse(string text) => DurationPattern.Roundtrip.Parse(text).Value;

    protected override string Format(Duration value) => DurationPattern.Roundtrip.Format(value);
}

internal sealed class CurrencyJsonConverter : StringValueConverter<Currency>
{
    protected override string Expected => "a known ISO 4217 currency code such as USD";

    protected override Currency Parse(string text) => Currency.FromCode(text);

    protected override string Format(Currency value) => value.Code;
}

internal sealed class UnitOfMeasureJsonConverter : StringValueConverter<UnitOfMeasure>
{
    protected override string Expected => "a unit of measure code such as pcs";

    protected override UnitOfMeasure Parse(string text) => UnitOfMeasure.Of(text);

    protected override string Format(UnitOfMeasure value) => value.Code;
}

internal sealed class RoleJsonConverter : StringValueConverter<Role>
{
    protected override string Expected => "a role name such as finance";

    protected override Role Parse(string text) => Role.Of(text);

    protected override string Format(Role value) => value.Name;
}

internal sealed class MilestoneNameJsonConverter : StringValueConverter<MilestoneName>
{
    protected override string Expected => "a milestone name: an ASCII letter, then letters, digits and hyphens, at most 200 characters, such as materials-ready";

    protected override MilestoneName Parse(string text) => MilestoneName.Of(text);

    protected override string Format(MilestoneName value) => value.Name;
}

internal sealed class PercentageJsonConverter : StringValueConverter<Percentage>
{
    protected override string Expected => "a non-negative percentage as a decimal string such as \"30\"";

    protected override Percentage Parse(string text) => Percentage.Of(Decimals.Parse(text));

    protected override string Format(Percentage value) => value.Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class IdentifierJsonConverter<T>(Func<string, T> create) : StringValueConverter<T>
    where T : Identifier
{
    protected override string Expected => "a non-empty identifier of at most 128 characters";

    protected override T Parse(string text) => create(text);

    protected override string Format(T value) => value.Value;
}

/// <summary>
/// Strict decimal text: an optional <c>-</c>, digits without a leading zero (a lone <c>0</c> aside), an optional point with
/// at least one digit after it — and no more digits than <see cref="decimal"/> holds exactly. Anything
/// <see cref="decimal.Parse(string)"/> would round (more than 28 decimal places, 29 or more significant digits beyond
/// its range) is refused, never rounded.
/// </summary>
internal static class Decimals
{
    public static decimal Parse(string text)
    {
        if (!IsPlain(text))
        {
            throw new FormatException($"'{JsonErrors.Quote(text)}' is not a plain decimal number: an optional '-', digits without a leading zero, an optional '.' and digits; no '+', spaces, separators or exponent.");
        }

        // Exact: the value written back has the very digits read (decimal keeps trailing zeros as its scale).
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !decimal.Abs(value).ToString(CultureInfo.InvariantCulture).AsSpan().SequenceEqual(text.AsSpan(text[0] == '-' ? 1 : 0)))
        {
            throw new FormatException($"'{JsonErrors.Quote(text)}' has more digits than a decimal holds exactly (at most 28 decimal places and 79228162514264337593543950335 in magnitude); it is refused, not rounded.");
        }

        return value;
    }

    private static bool IsPlain(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == start || (text[start] == '0' && i - start > 1))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        var fraction = ++i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > fraction && i == text.Length;
    }
}

/// <summary>Reads strings checked for well-formed UTF-16: an escaped lone surrogate (<c>"\ud800"</c>) is refused.</summary>
internal static class JsonText
{
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, "The text holds a lone surrogate (an unpaired \\uD800-\\uDFFF escape): it is not well-formed Unicode.");
        }
    }

    /// <summary>Gets the index of the first lone surrogate in <paramref name="text"/>, or -1 when it is well-formed UTF-16.</summary>
    public static int LoneSurrogate(string text)
    {
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            i += 2;
        }
    }
}

/// <summary>Every string value: the token must be a string and the text well-formed UTF-16.</summary>
internal sealed class StrictStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? JsonText.GetString(ref reader)
            : throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected a string, found {reader.TokenType}.");

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonText.GetString(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}

/// <summary>A <see cref="decimal"/> written as a JSON number, read with the strict digits of <see cref="Decimals"/>.</summary>
internal sealed class StrictDecimalNumberConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected a number, found {reader.TokenType}.");
        }

        var text = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
        try
        {
            return Decimals.Parse(text);
        }
        catch (FormatException e)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, e.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// An enum as the exact name of one of its members: case-sensitive, no white space, no comma-joined flags, no numbers
/// (not even as text). The names and values come from <see cref="Enum.GetNames{TEnum}"/> and
/// <see cref="Enum.GetValues{TEnum}"/>, which Native AOT supports.
/// </summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<T>();
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly Dictionary<string, T> ByName = Build();
    private static readonly string Expected = Names.Length <= 12
        ? $"expected one of {string.Join(", ", Names)} (exact, case-sensitive)"
        : $"expected one of the {Names.Length} {typeof(T).Name} names, spelled exactly (case-sensitive)";

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Lookup(JsonText.GetString(ref reader))
            : throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected a {typeof(T).Name} name as a string, found {reader.TokenType}; {Expected}.");

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Lookup(JsonText.GetString(ref reader));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

    private static Dictionary<string, T> Build()
    {
        var byName = new Dictionary<string, T>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            byName.Add(Names[i], Values[i]);
        }

        return byName;
    }

    private static T Lookup(string text) =>
        ByName.TryGetValue(text, out var value)
            ? value
            : throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"'{JsonErrors.Quote(text)}' is not a {typeof(T).Name}: {Expected}.");

    private static string NameOf(T value)
    {
        var i = Array.IndexOf(Values, value);
        return i >= 0 ? Names[i] : throw new JsonException($"{value} is not a defined {typeof(T).Name}.");
    }
}

/// <summary>Reads and writes a JSON object of named string members, refusing unknown, duplicate and missing members.</summary>
internal abstract class StrictObjectConverter<T> : JsonConverter<T>
{
    private readonly string[] _names;

    protected StrictObjectConverter(params string[] names) => _names = names;

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected an object with {string.Join(", ", _names)}, found {reader.TokenType}.");
        }

        var values = new string?[_names.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = JsonText.GetString(ref reader);
            var index = Array.IndexOf(_names, name);
            if (index < 0)
            {
                throw new OrderKernelJsonException(JsonErrorKind.UnknownProperty, $"'{JsonErrors.Quote(name)}' is not a member; expected {string.Join(", ", _names)}.");
            }

            if (values[index] is not null)
            {
                throw new OrderKernelJsonException(JsonErrorKind.DuplicateProperty, $"'{name}' is given twice.");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"'{name}' must be a string, found {reader.TokenType}.");
            }

            values[index] = JsonText.GetString(ref reader);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                throw new OrderKernelJsonException(JsonErrorKind.MissingValue, $"'{_names[i]}' is required.");
            }
        }

        try
        {
            return Create(values!);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, e.Message);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var values = Values(value);
        writer.WriteStartObject();
        for (var i = 0; i < _names.Length; i++)
        {
            writer.WriteString(_names[i], values[i]);
        }

        writer.WriteEndObject();
    }

    protected abstract T Create(string[] values);

    protected abstract string[] Values(T value);
}

/// <summary>Money as <c>{"amount":"170000.00","currency":"USD"}</c>: the amount a string with the currency's scale.</summary>
internal sealed class MoneyJsonConverter() : StrictObjectConverter<Money>("amount", "currency")
{
    protected override Money Create(string[] values)
    {
        var currency = Currency.TryFromCode(values[1], out var c) ? c : throw new ArgumentException($"'{JsonErrors.Quote(values[1])}' is not a known ISO 4217 currency code.");
        var amount = Decimals.Parse(values[0]);
        return Money.TryOf(amount, currency, out var money)
            ? money
            : throw new ArgumentException($"{values[0]} has more decimal places than {currency.Code} allows ({currency.MinorUnits}).");
    }

    protected override string[] Values(Money value) => [value.Amount.ToString(CultureInfo.InvariantCulture), value.Currency.Code];
}

/// <summary>A quantity as <c>{"value":"2000","unit":"pcs"}</c>.</summary>
internal sealed class QuantityJsonConverter() : StrictObjectConverter<Quantity>("value", "unit")
{
    protected override Quantity Create(string[] values) => Quantity.Of(Decimals.Parse(values[0]), UnitOfMeasure.Of(values[1]));

    protected override string[] Values(Quantity value) => [value.Value.ToString(CultureInfo.InvariantCulture), value.Unit.Code];
}

/// <summary>A <see cref="ValueList{T}"/> as a JSON array, items through the options' metadata for <typeparamref name="T"/>.</summary>
internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new OrderKernelJsonException(JsonErrorKind.WrongType, $"Expected an array, found {reader.TokenType}.");
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            T? item;
            try
            {
                item = JsonSerializer.Deserialize(ref reader, info);
            }
            catch (JsonException e)
            {
                // A nested read starts its own path; keep the item's index and inner path for the caller.
                var inner = (e.Path ?? "$")[1..] + ((e as OrderKernelJsonException)?.Suffix ?? string.Empty);
                throw new OrderKernelJsonException(JsonErrors.Classify(e), JsonErrors.Clean(e.Message), $"[{items.Count}]{inner}", e);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, e.Message, $"[{items.Count}]", e);
            }

            if (item is null)
            {
                throw new OrderKernelJsonException(JsonErrorKind.MissingValue, $"List item {items.Count} is null.", $"[{items.Count}]");
            }

            items.Add(item);
        }

        return ValueList<T>.From(items);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// Reads an object whose constructor validates (e.g. <see cref="CustomerInfo"/>), turning a refusal of the
/// constructor into a JSON error at the object's own path instead of the document root.
/// </summary>
internal sealed class ValidatedObjectConverter<T>(Func<JsonSerializerOptions> plain) : JsonConverter<T>
{
    private JsonTypeInfo<T>? _info;

    private JsonTypeInfo<T> Info => _info ??= (JsonTypeInfo<T>)plain().GetTypeInfo(typeof(T));

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, Info);
        }
        catch (JsonException e)
        {
            var inner = (e.Path ?? "$")[1..] + ((e as OrderKernelJsonException)?.Suffix ?? string.Empty);
            throw new OrderKernelJsonException(JsonErrors.Classify(e), JsonErrors.Clean(e.Message), inner, e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, e.Message, string.Empty, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, Info);
}
