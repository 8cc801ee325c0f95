using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// Checks a command's values against <see cref="KernelLimits"/> before it is decided: present where required, dates and
/// instants in the supported range, amounts and quantities within their maxima, texts of bounded length and valid
/// Unicode, lists of bounded size without missing items. Each command lists its values in
/// <see cref="OrderCommand.CheckInput"/>; the violations carry <c>input.*</c> codes and name the value's path.
/// </summary>
internal sealed class InputCheck
{
    private const string Rule = "kernel";
    private const int QuotedPrefix = 40;
    private List<Violation>? _violations;

    public ValueList<Violation> Violations => _violations is null ? default : ValueList<Violation>.From(_violations);

    public bool IsValid => _violations is null;

    /// <summary>Quotes at most a short prefix of untrusted text, for messages.</summary>
    public static string Quote(string text) =>
        text.Length <= QuotedPrefix ? $"'{text}'" : $"'{text[..QuotedPrefix]}…' ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";

    public InputCheck Text(string name, string? value, int max = KernelLimits.MaxTextLength)
    {
        if (value is null)
        {
            return Missing(name);
        }

        if (value.Length > max)
        {
            return Add(ViolationCodes.TextTooLong, $"{name} has {value.Length} characters; at most {max} are supported.");
        }

        return OrderKernel.Text.IsWellFormed(value) ? this : Add(ViolationCodes.TextInvalid, $"{name} is not valid Unicode text (it holds a lone surrogate).");
    }

    public InputCheck OptionalText(string name, string? value, int max = KernelLimits.MaxTextLength) =>
        value is null ? this : Text(name, value, max);

    public InputCheck Key(string name, string? value) => Text(name, value, KernelLimits.MaxKeyLength);

    public InputCheck Present(string name, object? value) => value is null ? Missing(name) : this;

    public InputCheck Defined<T>(string name, T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? this : Add(ViolationCodes.InvalidInput, $"{name} has no member {value}.");

    public InputCheck Date(string name, LocalDate value) =>
        value < KernelLimits.MinDate || value > KernelLimits.MaxDate
            ? Add(ViolationCodes.DateOutOfRange, $"{name} {value:uuuu-MM-dd} is outside the supported dates {KernelLimits.MinDate:uuuu-MM-dd}..{KernelLimits.MaxDate:uuuu-MM-dd}.")
            : this;

    public InputCheck Date(string name, LocalDate? value) => value is { } date ? Date(name, date) : this;

    public InputCheck Instant(string name, Instant value) =>
        value < KernelLimits.MinInstant || value > KernelLimits.MaxInstant
            ? Add(ViolationCodes.InstantOutOfRange, $"{name} {value} is outside the supported instants {KernelLimits.MinInstant}..{KernelLimits.MaxInstant}.")
            : this;

    public InputCheck Duration(string name, Duration value) =>
        value < NodaTime.Duration.Zero || value > KernelLimits.MaxDuration
            ? Add(ViolationCodes.DurationOutOfRange, $"{name} {value} is outside 0..{KernelLimits.MaxDuration.Days} days.")
            : this;

    public InputCheck Money(string name, Money value)
    {
        if (value.IsDefault)
        {
            return Missing(name);
        }

        return Math.Abs(value.Amount) > KernelLimits.MaxAmount
            ? Add(ViolationCodes.AmountOutOfRange, $"{name} {value} is beyond the supported amount of {KernelLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)}.")
            : this;
    }

    public InputCheck Money(string name, Money? value) => value is { } money ? Money(name, money) : this;

    public InputCheck Quantity(string name, Quantity value)
    {
        if (value.IsDefault)
        {
            return Missing(name);
        }

        if (value.Value > KernelLimits.MaxQuantity)
        {
            return Add(ViolationCodes.QuantityOutOfRange, $"{name} {value.Value.ToString(CultureInfo.InvariantCulture)} is beyond the supported quantity of {KernelLimits.MaxQuantity.ToString(CultureInfo.InvariantCulture)}.");
        }

        return decimal.Round(value.Value, KernelLimits.MaxQuantityDecimals, MidpointRounding.ToZero) != value.Value
            ? Add(ViolationCodes.QuantityOutOfRange, $"{name} {value.Value.ToString(CultureInfo.InvariantCulture)} has more than {KernelLimits.MaxQuantityDecimals} decimal places.")
            : this;
    }

    public InputCheck Percentage(string name, Percentage value) =>
        value.Value > 100m
            ? Add(ViolationCodes.InvalidInput, $"{name} {value} is more than 100 %.")
            : this;

    public InputCheck Count(string name, long value, long min, long max) =>
        value < min || value > max
            ? Add(ViolationCodes.CountOutOfRange, $"{name} {value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}.")
            : this;

    public InputCheck List<T>(string name, ValueList<T> list, int max, Action<InputCheck, string, T>? item = null)
    {
        if (list.Count > max)
        {
            return Add(ViolationCodes.TooManyItems, $"{name} has {list.Count} items; at most {max} are supported.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (list[i] is null)
            {
                Missing(path);
            }
            else
            {
                item?.Invoke(this, path, list[i]);
            }
        }

        return this;
    }

    public InputCheck Texts(string name, ValueList<string> list, int max = KernelLimits.MaxListItems, int length = KernelLimits.MaxTextLength) =>
        List(name, list, max, (c, path, text) => c.Text(path, text, length));

    public InputCheck AtMost(string name, long value, long max) =>
        value > max
            ? Add(ViolationCodes.CountOutOfRange, $"{name} {value.ToString(CultureInfo.InvariantCulture)} is beyond the supported {max.ToString(CultureInfo.InvariantCulture)}.")
            : this;

    public InputCheck Customer(string name, CustomerInfo? customer) =>
        customer is null ? Missing(name) : Present($"{name}.id", customer.Id).Text($"{name}.name", customer.Name).Defined($"{name}.tier", customer.Tier);

    /// <summary>An order's lines: bounded in number, each valid, and their priced total within <see cref="KernelLimits.MaxAmount"/>.</summary>
    public InputCheck Lines(string name, ValueList<OrderLine> lines)
    {
        var before = _violations?.Count ?? 0;
        List(name, lines, KernelLimits.MaxLines, static (c, path, line) => c.Line(path, line));
        if ((_violations?.Count ?? 0) > before)
        {
            return this;
        }

        var total = 0m;
        foreach (var line in lines)
        {
            total += line.UnitPrice is { } price ? price.Amount * line.Quantity.Value : 0m;
        }

        return total > KernelLimits.MaxAmount
            ? Add(ViolationCodes.AmountOutOfRange, $"{name} total {total.ToString(CultureInfo.InvariantCulture)} is beyond the supported amount of {KernelLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)}.")
            : this;
    }

    public InputCheck Line(string path, OrderLine? line)
    {
        if (line is null)
        {
            return Missing(path);
        }

        var before = _violations?.Count ?? 0;
        Present($"{path}.id", line.Id).Present($"{path}.product", line.Product).Text($"{path}.specification", line.Specification)
            .Quantity($"{path}.quantity", line.Quantity).Money($"{path}.unitPrice", line.UnitPrice).Date($"{path}.requestedDate", line.RequestedDate);
        if (line.Tolerance is { } tolerance)
        {
            Percentage($"{path}.tolerance.over", tolerance.Over).Percentage($"{path}.tolerance.under", tolerance.Under);
        }

        if ((_violations?.Count ?? 0) > before || line.UnitPrice is not { } price)
        {
            return this;
        }

        var amount = price.Amount * line.Quantity.Value;
        return amount > KernelLimits.MaxAmount
            ? Add(ViolationCodes.AmountOutOfRange, $"{path} amount {amount.ToString(CultureInfo.InvariantCulture)} (quantity times unit price) is beyond the supported amount of {KernelLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)}.")
            : this;
    }

    public InputCheck Terms(string name, PaymentTerms? terms) =>
        terms is null
            ? this
            : Defined($"{name}.instrument", terms.Instrument).List($"{name}.installments", terms.Installments, KernelLimits.MaxInstallments, static (c, path, i) =>
                c.Text($"{path}.name", i.Name, KernelLimits.MaxKeyLength).Defined($"{path}.due", i.Due).AtMost($"{path}.days", i.Days, KernelLimits.MaxDuration.Days));

    public InputCheck Findings(string name, ValueList<ReviewFinding> findings) =>
        List(name, findings, KernelLimits.MaxListItems, static (c, path, f) =>
            c.Defined($"{path}.criterion", f.Criterion).Text($"{path}.note", f.Note).OptionalText($"{path}.mitigation", f.Mitigation));

    public InputCheck Credit(string name, CreditPosition? credit) =>
        credit is null ? this : Money($"{name}.exposure", credit.Exposure).Money($"{name}.limit", credit.Limit);

    public InputCheck Prices(string name, ValueList<QuotationPrice> prices) =>
        List(name, prices, KernelLimits.MaxLines, static (c, path, p) =>
            c.Present($"{path}.line", p.Line).Money($"{path}.unitPrice", p.UnitPrice).Percentage($"{path}.discount", p.Discount));

    public InputCheck ShippedLines(string name, ValueList<ShippedLine> lines) =>
        List(name, lines, KernelLimits.MaxLines, static (c, path, l) => c.Present($"{path}.line", l.Line).Quantity($"{path}.quantity", l.Quantity));

    public InputCheck Proposal(string name, ChangeProposal? p)
    {
        if (p is null)
        {
            return Missing(name);
        }

        Defined($"{name}.kind", p.Kind).Date($"{name}.newDeliveryDate", p.NewDeliveryDate).Money($"{name}.newUnitPrice", p.NewUnitPrice)
            .OptionalText($"{name}.newSpecification", p.NewSpecification).Terms($"{name}.newPaymentTerms", p.NewPaymentTerms);
        if (p.NewQuantity is { } quantity)
        {
            Quantity($"{name}.newQuantity", quantity);
        }

        if (p.Area is { } area)
        {
            Defined($"{name}.area", area);
        }

        return p.NewLine is null ? this : Line($"{name}.newLine", p.NewLine);
    }

    public InputCheck Add(string code, string message)
    {
        (_violations ??= []).Add(Violation.Of(code, message, Rule));
        return this;
    }

    private InputCheck Missing(string name) => Add(ViolationCodes.MissingValue, $"{name} is missing.");
}
