using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using OneOf;
using OrderKernel.Policies;

namespace OrderKernel.Serialization;

/// <summary>
/// The kernel's JSON: a stable, versioned shape for commands, events and order snapshots, source-generated (no
/// reflection, Native AOT safe), strict on input, and readers that return a typed <see cref="JsonReadError"/> for bad
/// input instead of throwing.
/// </summary>
/// <remarks>
/// <para>Shape: camelCase members; commands and events carry a versioned <c>type</c> discriminator
/// (<c>order-received.v1</c>) that may appear anywhere in the object; money is <c>{"amount":"170000.00","currency":"USD"}</c>
/// with the amount as a string in the currency's scale; instants, dates and durations are ISO strings on NodaTime's own
/// patterns; enums and ids are strings. Unknown and duplicate members, missing required values and nulls in non-nullable
/// members are refused.</para>
/// <para>Strict text: enum members by their exact names, decimal digits exactly as <see cref="decimal"/> holds them
/// (never rounded), well-formed UTF-16, no <c>null</c> list items; documents longer than <see cref="MaxCommandLength"/> or
/// <see cref="MaxDocumentLength"/> or deeper than <see cref="MaxDepth"/> are refused before typed reading. Error messages
/// quote at most a short prefix of the input.</para>
/// <para>Upcasting: every reader takes an optional <c>upcast</c> function that receives the parsed payload as a
/// <see cref="JsonNode"/> and returns it upgraded to the current shape, before typed reading.</para>
/// </remarks>
/// <example>
/// <code>
/// string json = OrderKernelJson.Write(accepted.Events[0]);
/// OrderKernelJson.ReadEvent(json).Switch(
///     e => store.Append(e),
///     error => log.Warn($"{error.Kind} at {error.Path}: {error.Message}"));
/// </code>
/// </example>
public static class OrderKernelJson
{
    /// <summary>The schema version written into snapshots.</summary>
    public const int SnapshotSchemaVersion = 1;

    /// <summary>
    /// The default maximum length, in characters (UTF-16 code units), of a command or a single event read by
    /// <see cref="ReadCommand"/> and <see cref="ReadEvent"/>: 1 MiB. Longer input is refused as
    /// <see cref="JsonErrorKind.TooLarge"/> before it is parsed.
    /// </summary>
    public const int MaxCommandLength = 1 << 20;

    /// <summary>
    /// The default maximum length, in characters (UTF-16 code units), of an event stream or a snapshot read by
    /// <see cref="ReadEvents"/> and <see cref="ReadSnapshot"/>: 4 MiB. Longer input is refused as
    /// <see cref="JsonErrorKind.TooLarge"/> before it is parsed; a host that stores larger orders passes its own limit.
    /// </summary>
    public const int MaxDocumentLength = 4 << 20;

    /// <summary>
    /// The maximum nesting depth of every document the readers accept: 64 (the kernel's own documents nest at most about
    /// ten levels). Deeper input is refused as <see cref="JsonErrorKind.TooLarge"/> as soon as the reader meets the 65th level.
    /// </summary>
    public const int MaxDepth = 64;

    private static readonly JsonSerializerOptions Plain = CreateOptions(null, null);
    private static readonly JsonSerializerOptions Shared = CreateOptions(null, Plain);
    private static readonly JsonTypeInfo<OrderCommand> CommandInfo = Info<OrderCommand>();
    private static readonly JsonTypeInfo<OrderEvent> EventInfo = Info<OrderEvent>();
    private static readonly JsonTypeInfo<OrderEvent[]> EventArrayInfo = Info<OrderEvent[]>();
    private static readonly JsonTypeInfo<OrderSnapshot> SnapshotInfo = Info<OrderSnapshot>();
    private static readonly JsonTypeInfo<Rejected> RejectedInfo = Info<Rejected>();
    private static readonly Dictionary<Type, string> Discriminators = DerivedTypeDiscriminators();
    private static readonly string[] KindDiscriminators = CommandKindDiscriminators();

    /// <summary>Gets the ready-made, read-only options: the kernel's converters, strict reading, camelCase.</summary>
    public static JsonSerializerOptions Options => Shared;

    /// <summary>
    /// Configures options for OrderKernel types: adds the kernel's converters and its source-generated metadata to the
    /// resolver chain, and turns on strict reading (unknown and duplicate members refused, nullable annotations and
    /// required constructor parameters respected, discriminators accepted out of order, exact enum names and decimal
    /// digits, well-formed text, at most <see cref="MaxDepth"/> levels).
    /// </summary>
    /// <param name="options">The options to configure (not yet used for serialization).</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions ConfigureForOrderKernel(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        AddConverters(options.Converters);
        AddValidatedObjectConverters(options.Converters, () => Plain);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.AllowOutOfOrderMetadataProperties = true;
        options.MaxDepth = MaxDepth;
        options.PropertyNamingPolicy ??= JsonNamingPolicy.CamelCase;
        options.TypeInfoResolverChain.Add(new OrderKernelJsonContext().WithAddedModifier(IgnoreCommandKind));
        return options;
    }

    /// <summary>Writes a command with its discriminator.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrderCommand command) => Write(command, Shared);

    /// <summary>Writes an event with its discriminator.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrderEvent @event) => Write(@event, Shared);

    /// <summary>Writes a stream of events as a JSON array.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteEvents(IEnumerable<OrderEvent> events) => WriteEvents(events, Shared);

    /// <summary>Writes an order snapshot with the current <see cref="SnapshotSchemaVersion"/>.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteSnapshot(Order order) => WriteSnapshot(order, Shared);

    /// <summary>
    /// Gets the versioned JSON discriminator (the <c>type</c> member) of a command kind, e.g. <c>ship.v1</c> for
    /// <see cref="CommandKind.Ship"/>: what a host or page puts in a command's JSON without spelling it by hand.
    /// </summary>
    /// <remarks>Read from the <see cref="JsonDerivedTypeAttribute"/>s on <see cref="OrderCommand"/> (the kernel's one list), through the generated metadata.</remarks>
    /// <param name="kind">The command kind.</param>
    /// <returns>The discriminator the writer writes and the reader reads.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a member of <see cref="CommandKind"/>.</exception>
    public static string DiscriminatorOf(CommandKind kind) => KindDiscriminators[(int)Guard.Against.EnumOutOfRange(kind)];

    /// <summary>Gets the versioned JSON discriminator of an event, e.g. <c>order-shipped.v1</c>, without writing its JSON.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The discriminator <see cref="Write(OrderEvent)"/> writes for it.</returns>
    /// <exception cref="ArgumentException">The event's type is not one the kernel's JSON knows.</exception>
    public static string DiscriminatorOf(OrderEvent @event) => DiscriminatorOf(Guard.Against.Null(@event).GetType());

    /// <summary>Gets the versioned JSON discriminator of a command or event type, e.g. <c>order-shipped.v1</c> for <see cref="OrderShipped"/>.</summary>
    /// <param name="type">A concrete command or event type.</param>
    /// <returns>The discriminator written for values of that type.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a command or event type the kernel's JSON knows.</exception>
    public static string DiscriminatorOf(Type type) =>
        Discriminators.TryGetValue(Guard.Against.Null(type), out var discriminator)
            ? discriminator
            : throw new ArgumentException($"{type.Name} is not a command or event type of the kernel's JSON.", nameof(type));

    /// <summary>Writes a rejection (its violations).</summary>
    /// <param name="rejected">The rejection.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Rejected rejected) => JsonSerializer.Serialize(Guard.Against.Null(rejected), RejectedInfo);

    /// <summary>Reads a command from untrusted JSON. Never throws for bad input and never returns a half-built command.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older payloads, applied before typed reading.</param>
    /// <param name="maxLength">The longest text read, in characters; longer text is refused before parsing.</param>
    /// <returns>The command, or what is wrong with the input.</returns>
    public static OneOf<OrderCommand, JsonReadError> ReadCommand(string json, Func<JsonNode, JsonNode>? upcast = null, int maxLength = MaxCommandLength) =>
        Read(json, CommandInfo, upcast, maxLength);

    /// <summary>Reads an event from JSON. Never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older payloads, applied before typed reading.</param>
    /// <param name="maxLength">The longest text read, in characters; longer text is refused before parsing.</param>
    /// <returns>The event, or what is wrong with the input.</returns>
    public static OneOf<OrderEvent, JsonReadError> ReadEvent(string json, Func<JsonNode, JsonNode>? upcast = null, int maxLength = MaxCommandLength) =>
        Read(json, EventInfo, upcast, maxLength);

    /// <summary>Reads a JSON array of events. Never throws for bad input; a <c>null</c> item is refused.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of each older event payload, applied before typed reading.</param>
    /// <param name="maxLength">The longest text read, in characters; longer text is refused before parsing.</param>
    /// <returns>The events, or what is wrong with the input.</returns>
    public static OneOf<ValueList<OrderEvent>, JsonReadError> ReadEvents(string json, Func<JsonNode, JsonNode>? upcast = null, int maxLength = MaxDocumentLength)
    {
        Func<JsonNode, JsonNode>? each = upcast is null ? null : node =>
        {
            if (node is JsonArray array)
            {
                var upgraded = new JsonArray();
                foreach (var item in array)
                {
                    upgraded.Add(item is null ? null : upcast(item.DeepClone()));
                }

                return upgraded;
            }

            return node;
        };
        var read = Read(json, EventArrayInfo, each, maxLength);
        if (read.TryPickT1(out var error, out var events))
        {
            return error;
        }

        var missing = Array.FindIndex(events, e => e is null);
        return missing < 0
            ? ValueList<OrderEvent>.From(events)
            : JsonErrors.Error(JsonErrorKind.MissingValue, $"$[{missing}]", $"Event {missing} is null.");
    }

    /// <summary>Reads an order snapshot. Never throws for bad input; refuses an unknown schema version.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older snapshots (by their <c>schemaVersion</c>), applied before typed reading.</param>
    /// <param name="maxLength">The longest text read, in characters; longer text is refused before parsing.</param>
    /// <returns>The order, or what is wrong with the input.</returns>
    public static OneOf<Order, JsonReadError> ReadSnapshot(string json, Func<JsonNode, JsonNode>? upcast = null, int maxLength = MaxDocumentLength)
    {
        var read = Read(json, SnapshotInfo, upcast, maxLength);
        if (read.TryPickT1(out var error, out var snapshot))
        {
            return error;
        }

        if (snapshot.SchemaVersion != SnapshotSchemaVersion)
        {
            return new JsonReadError(JsonErrorKind.UnsupportedSchemaVersion, "$.schemaVersion", $"Schema version {snapshot.SchemaVersion} is not {SnapshotSchemaVersion}; upcast older snapshots before reading.");
        }

        // A snapshot that reads must be an order every command can run against: the same facts the kernel keeps.
        var problems = OrderIntegrity.Check(snapshot.Order);
        return problems.IsEmpty
            ? snapshot.Order
            : new JsonReadError(JsonErrorKind.InvalidValue, "$.order", "The snapshot is not a valid order: " + string.Join(" ", Messages(problems)));
    }

    private static IEnumerable<string> Messages(ValueList<Violation> problems)
    {
        for (var i = 0; i < problems.Count && i < 5; i++)
        {
            yield return problems[i].Message;
        }
    }

    internal static string Write(OrderCommand command, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(Guard.Against.Null(command), (JsonTypeInfo<OrderCommand>)options.GetTypeInfo(typeof(OrderCommand)));

    internal static string Write(OrderEvent @event, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(Guard.Against.Null(@event), (JsonTypeInfo<OrderEvent>)options.GetTypeInfo(typeof(OrderEvent)));

    internal static string WriteEvents(IEnumerable<OrderEvent> events, JsonSerializerOptions options)
    {
        Guard.Against.Null(events);
        return JsonSerializer.Serialize(new List<OrderEvent>(events).ToArray(), (JsonTypeInfo<OrderEvent[]>)options.GetTypeInfo(typeof(OrderEvent[])));
    }

    internal static string WriteSnapshot(Order order, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(new OrderSnapshot(SnapshotSchemaVersion, Guard.Against.Null(order)), (JsonTypeInfo<OrderSnapshot>)options.GetTypeInfo(typeof(OrderSnapshot)));

    /// <summary>
    /// Builds read-only options: the kernel's converters, strict reading, camelCase; with <paramref name="plain"/> the
    /// validated-object converters (which read through those plain options); with a <paramref name="redactor"/> every
    /// member marked <see cref="PersonalDataAttribute"/> is written as the redactor's text.
    /// </summary>
    internal static JsonSerializerOptions CreateOptions(Func<PersonalDataField, string>? redactor, JsonSerializerOptions? plain)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            MaxDepth = MaxDepth,
        };
        AddConverters(options.Converters);
        if (plain is not null)
        {
            AddValidatedObjectConverters(options.Converters, () => plain);
        }

        var resolver = new OrderKernelJsonContext().WithAddedModifier(IgnoreCommandKind);
        options.TypeInfoResolver = redactor is null ? resolver : resolver.WithAddedModifier(PersonalData.Redact(redactor));
        options.MakeReadOnly();
        return options;
    }

    private static OneOf<T, JsonReadError> Read<T>(string json, JsonTypeInfo<T> info, Func<JsonNode, JsonNode>? upcast, int maxLength)
    {
        Guard.Against.Null(json);
        Guard.Against.NegativeOrZero(maxLength);
        if (json.Length > maxLength)
        {
            return JsonErrors.Error(JsonErrorKind.TooLarge, "$", $"The document has {json.Length} characters; this reader accepts at most {maxLength}.");
        }

        var lone = JsonText.LoneSurrogate(json);
        if (lone >= 0)
        {
            return JsonErrors.Error(JsonErrorKind.InvalidValue, "$", $"The text holds a lone surrogate (U+{(int)json[lone]:X4}) at character {lone}: it is not well-formed UTF-16.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            var utf8 = buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer));
            if (TooDeep(utf8))
            {
                return JsonErrors.Error(JsonErrorKind.TooLarge, "$", $"The document nests deeper than {MaxDepth} levels.");
            }

            T? value;
            if (upcast is null)
            {
                value = JsonSerializer.Deserialize(utf8, info);
            }
            else
            {
                var node = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = MaxDepth });
                if (node is null)
                {
                    return JsonErrors.Error(JsonErrorKind.MissingValue, "$", "The payload is null.");
                }

                value = upcast(node).Deserialize(info);
            }

            return value is null ? JsonErrors.Error(JsonErrorKind.MissingValue, "$", "The payload is null.") : value;
        }
        catch (JsonException e)
        {
            var kind = JsonErrors.Classify(e);
            var path = (e.Path ?? "$") + ((e as OrderKernelJsonException)?.Suffix ?? string.Empty);
            return JsonErrors.Error(kind, kind == JsonErrorKind.UnknownDiscriminator ? JsonErrors.DiscriminatorPath(path) : path, JsonErrors.Clean(e.Message));
        }
        catch (NotSupportedException e)
        {
            var kind = e.Message.Contains("abstract", StringComparison.Ordinal) || e.Message.Contains("discriminator", StringComparison.Ordinal)
                ? JsonErrorKind.UnknownDiscriminator
                : JsonErrorKind.WrongType;
            return kind == JsonErrorKind.UnknownDiscriminator
                ? JsonErrors.Error(kind, JsonErrors.DiscriminatorPath(JsonErrors.PathIn(e.Message)), "The 'type' discriminator is missing: name the command or event, e.g. \"type\": \"order-received.v1\".")
                : JsonErrors.Error(kind, "$", e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return JsonErrors.Error(JsonErrorKind.InvalidValue, "$", e.Message);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads the tokens once, building nothing, to refuse a document nested deeper than <see cref="MaxDepth"/> before
    /// typed reading starts (which may stop early at a wrong type and never see the depth). Other syntax errors are left to
    /// typed reading, which reports them with their path.
    /// </summary>
    private static bool TooDeep(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return false;
        }
        catch (JsonException e)
        {
            return JsonErrors.Classify(e) == JsonErrorKind.TooLarge;
        }
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Shared.GetTypeInfo(typeof(T));

    /// <summary>Every command and event type with its discriminator, as the generated metadata declares them (from the <see cref="JsonDerivedTypeAttribute"/>s).</summary>
    private static Dictionary<Type, string> DerivedTypeDiscriminators()
    {
        var map = new Dictionary<Type, string>();
        foreach (var derived in CommandInfo.PolymorphismOptions!.DerivedTypes)
        {
            map.Add(derived.DerivedType, (string)derived.TypeDiscriminator!);
        }

        foreach (var derived in EventInfo.PolymorphismOptions!.DerivedTypes)
        {
            map.Add(derived.DerivedType, (string)derived.TypeDiscriminator!);
        }

        return map;
    }

    /// <summary>
    /// The discriminator of each command kind, in <see cref="CommandKind"/> order: the discriminator of the derived type of
    /// <see cref="OrderCommand"/> named as the kind (a test checks each kind's command reports that kind); a kind without
    /// one fails the type's initialization.
    /// </summary>
    private static string[] CommandKindDiscriminators()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var derived in CommandInfo.PolymorphismOptions!.DerivedTypes)
        {
            byName.Add(derived.DerivedType.Name, (string)derived.TypeDiscriminator!);
        }

        return Array.ConvertAll(Enum.GetValues<CommandKind>(), k => byName[k.ToString()]);
    }

    private static void IgnoreCommandKind(JsonTypeInfo info)
    {
        if (!typeof(OrderCommand).IsAssignableFrom(info.Type) || info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name == "kind")
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    private static void AddValidatedObjectConverters(IList<JsonConverter> c, Func<JsonSerializerOptions> plain)
    {
        c.Add(new ValidatedObjectConverter<CustomerInfo>(plain));
        c.Add(new ValidatedObjectConverter<PaymentTerms>(plain));
    }

    private static void AddConverters(IList<JsonConverter> c)
    {
        c.Add(new StrictStringConverter());
        c.Add(new StrictDecimalNumberConverter());
        c.Add(new InstantJsonConverter());
        c.Add(new LocalDateJsonConverter());
        c.Add(new DurationJsonConverter());
        c.Add(new MoneyJsonConverter());
        c.Add(new CurrencyJsonConverter());
        c.Add(new QuantityJsonConverter());
        c.Add(new PercentageJsonConverter());
        c.Add(new UnitOfMeasureJsonConverter());
        c.Add(new RoleJsonConverter());
        c.Add(new MilestoneNameJsonConverter());
        c.Add(new IdentifierJsonConverter<OrderId>(OrderId.From));
        c.Add(new IdentifierJsonConverter<CustomerId>(CustomerId.From));
        c.Add(new IdentifierJsonConverter<ProductId>(ProductId.From));
        c.Add(new IdentifierJsonConverter<ActorId>(ActorId.From));
        c.Add(new IdentifierJsonConverter<LineId>(LineId.From));

        c.Add(new StrictEnumConverter<ApprovalLevel>());
        c.Add(new StrictEnumConverter<AcceptanceOutcome>());
        c.Add(new StrictEnumConverter<AmountRounding>());
        c.Add(new StrictEnumConverter<Channel>());
        c.Add(new StrictEnumConverter<CommandKind>());
        c.Add(new StrictEnumConverter<CustomerTier>());
        c.Add(new StrictEnumConverter<Department>());
        c.Add(new StrictEnumConverter<HoldCode>());
        c.Add(new StrictEnumConverter<InstallmentDue>());
        c.Add(new StrictEnumConverter<InstallmentStatus>());
        c.Add(new StrictEnumConverter<OrderStatus>());
        c.Add(new StrictEnumConverter<PaymentInstrument>());
        c.Add(new StrictEnumConverter<BillStatus>());
        c.Add(new StrictEnumConverter<Priority>());
        c.Add(new StrictEnumConverter<QualityGrade>());
        c.Add(new StrictEnumConverter<QuotationStatus>());
        c.Add(new StrictEnumConverter<ReviewCriterion>());
        c.Add(new StrictEnumConverter<CreditOverLimit>());
        c.Add(new StrictEnumConverter<ReviewOutcome>());
        c.Add(new StrictEnumConverter<ReviewStage>());
        c.Add(new StrictEnumConverter<ReviewVerdict>());
        c.Add(new StrictEnumConverter<JsonErrorKind>());
        c.Add(new StrictEnumConverter<Milestone>());
        c.Add(new StrictEnumConverter<ServiceStep>());
        c.Add(new StrictEnumConverter<TimeBasis>());
        c.Add(new StrictEnumConverter<TrackedStep>());
        c.Add(new StrictEnumConverter<ExcusableCause>());
        c.Add(new StrictEnumConverter<PenaltyBase>());
        c.Add(new StrictEnumConverter<PenaltyPeriod>());
        c.Add(new StrictEnumConverter<NodaTime.IsoDayOfWeek>());
        c.Add(new StrictEnumConverter<MidpointRounding>());
        c.Add(new LocalTimeJsonConverter());
        c.Add(new StrictEnumConverter<ChangeKind>());
        c.Add(new StrictEnumConverter<ChangeStatus>());
        c.Add(new StrictEnumConverter<SpecificationArea>());
        c.Add(new StrictEnumConverter<InvoiceBasis>());
        c.Add(new StrictEnumConverter<ReturnKind>());
        c.Add(new StrictEnumConverter<BalanceStanding>());
        c.Add(new StrictEnumConverter<Duty>());
        c.Add(new StrictEnumConverter<MaterialMovement>());

        c.Add(new ValueListJsonConverter<AppliedCommand>());
        c.Add(new ValueListJsonConverter<ApprovalLevel>());
        c.Add(new ValueListJsonConverter<ApprovalLimit>());
        c.Add(new ValueListJsonConverter<CustomerTier>());
        c.Add(new ValueListJsonConverter<CommandAvailability>());
        c.Add(new ValueListJsonConverter<CommandKind>());
        c.Add(new ValueListJsonConverter<Department>());
        c.Add(new ValueListJsonConverter<DutyConflict>());
        c.Add(new ValueListJsonConverter<GuardDescription>());
        c.Add(new ValueListJsonConverter<Installment>());
        c.Add(new ValueListJsonConverter<InstallmentAmount>());
        c.Add(new ValueListJsonConverter<InstallmentStatus>());
        c.Add(new ValueListJsonConverter<MaterialReservation>());
        c.Add(new ValueListJsonConverter<DepartmentCriteria>());
        c.Add(new ValueListJsonConverter<ReviewCriterion>());
        c.Add(new ValueListJsonConverter<Money>());
        c.Add(new ValueListJsonConverter<OrderEvent>());
        c.Add(new ValueListJsonConverter<OrderLine>());
        c.Add(new ValueListJsonConverter<Payment>());
        c.Add(new ValueListJsonConverter<ProductionIssue>());
        c.Add(new ValueListJsonConverter<ProgressReport>());
        c.Add(new ValueListJsonConverter<QuotationApproval>());
        c.Add(new ValueListJsonConverter<QuotationLine>());
        c.Add(new ValueListJsonConverter<QuotationPrice>());
        c.Add(new ValueListJsonConverter<QuotationRevisionSummary>());
        c.Add(new ValueListJsonConverter<ReviewFinding>());
        c.Add(new ValueListJsonConverter<ReviewSignOff>());
        c.Add(new ValueListJsonConverter<Role>());
        c.Add(new ValueListJsonConverter<Violation>());
        c.Add(new ValueListJsonConverter<string>());
        c.Add(new ValueListJsonConverter<MilestoneReached>());
        c.Add(new ValueListJsonConverter<ServiceLevelBreach>());
        c.Add(new ValueListJsonConverter<ServiceLevel>());
        c.Add(new ValueListJsonConverter<WorkingPeriod>());
        c.Add(new ValueListJsonConverter<NodaTime.LocalDate>());
        c.Add(new ValueListJsonConverter<PenaltyTier>());
        c.Add(new ValueListJsonConverter<PenaltyTraceLine>());
        c.Add(new ValueListJsonConverter<ExcusableDelay>());
        c.Add(new ValueListJsonConverter<ExcusedSpan>());
        c.Add(new ValueListJsonConverter<HoldCode>());
        c.Add(new ValueListJsonConverter<HoldPeriod>());
        c.Add(new ValueListJsonConverter<ChangeRequest>());
        c.Add(new ValueListJsonConverter<ChangeRecord>());
        c.Add(new ValueListJsonConverter<ChangeApproval>());
        c.Add(new ValueListJsonConverter<FieldDiff>());
        c.Add(new ValueListJsonConverter<SpecificationArea>());
        c.Add(new ValueListJsonConverter<ActorId>());
        c.Add(new ValueListJsonConverter<Shipment>());
        c.Add(new ValueListJsonConverter<ShippedLine>());
        c.Add(new ValueListJsonConverter<SupplementalOrderProposal>());
        c.Add(new ValueListJsonConverter<Refund>());
        c.Add(new ValueListJsonConverter<ReturnRecord>());
        c.Add(new ValueListJsonConverter<Invoice>());
        c.Add(new ValueListJsonConverter<CreditNote>());
        c.Add(new ValueListJsonConverter<BankAcceptanceBill>());
        c.Add(new ValueListJsonConverter<MilestoneName>());
        c.Add(new ValueListJsonConverter<HostServiceLevel>());
        c.Add(new ValueListJsonConverter<HostMilestoneStatus>());
        c.Add(new ValueListJsonConverter<HostServiceLevelBreach>());
        c.Add(new ValueListJsonConverter<StatementLine>());
        c.Add(new StrictEnumConverter<DocumentKind>());
        c.Add(new ValueListJsonConverter<DocumentKind>());
        c.Add(new ValueListJsonConverter<OrderDocument>());
        c.Add(new ValueListJsonConverter<FileRequirement>());
        c.Add(new StrictEnumConverter<ComplaintRemedy>());
        c.Add(new ValueListJsonConverter<Complaint>());
        c.Add(new ValueListJsonConverter<Exchange>());
    }

}
