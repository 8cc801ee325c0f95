using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Primitives;

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

        var text = reader.GetString()!;
        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UnparsableValueException or InvalidOperationException)
        {
            throw new OrderKernelJsonException(JsonErrorKind.InvalidValue, $"'{text}' is not {Expected}: {e.Message}");
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

internal static class Decimals
{
    public static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
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
            var name = reader.GetString()!;
            var index = Array.IndexOf(_names, name);
            if (index < 0)
            {
                throw new OrderKernelJsonException(JsonErrorKind.UnknownProperty, $"'{name}' is not a member; expected {string.Join(", ", _names)}.");
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

            values[index] = reader.GetString();
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
        var currency = Currency.TryFromCode(values[1], out var c) ? c : throw new ArgumentException($"'{values[1]}' is not a known ISO 4217 currency code.");
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
/// Reads an object whose constructor validates (e.g. <see cref="Orders.CustomerInfo"/>), turning a refusal of the
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
