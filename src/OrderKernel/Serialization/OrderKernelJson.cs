using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using OneOf;
using OrderKernel.Cancellations;
using OrderKernel.Holds;
using OrderKernel.Orders;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Production;
using OrderKernel.Quotations;
using OrderKernel.Reviews;

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

    private static readonly JsonSerializerOptions Plain = CreateOptions(validated: false);
    private static readonly JsonSerializerOptions Shared = CreateOptions(validated: true);
    private static readonly JsonTypeInfo<OrderCommand> CommandInfo = Info<OrderCommand>();
    private static readonly JsonTypeInfo<OrderEvent> EventInfo = Info<OrderEvent>();
    private static readonly JsonTypeInfo<OrderEvent[]> EventArrayInfo = Info<OrderEvent[]>();
    private static readonly JsonTypeInfo<OrderSnapshot> SnapshotInfo = Info<OrderSnapshot>();
    private static readonly JsonTypeInfo<Rejected> RejectedInfo = Info<Rejected>();

    /// <summary>Gets the ready-made, read-only options: the kernel's converters, strict reading, camelCase.</summary>
    public static JsonSerializerOptions Options => Shared;

    /// <summary>
    /// Configures options for OrderKernel types: adds the kernel's converters and its source-generated metadata to the
    /// resolver chain, and turns on strict reading (unknown and duplicate members refused, nullable annotations and
    /// required constructor parameters respected, discriminators accepted out of order).
    /// </summary>
    /// <param name="options">The options to configure (not yet used for serialization).</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions ConfigureForOrderKernel(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        AddConverters(options.Converters);
        AddValidatedObjectConverters(options.Converters);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.AllowOutOfOrderMetadataProperties = true;
        options.PropertyNamingPolicy ??= JsonNamingPolicy.CamelCase;
        options.TypeInfoResolverChain.Add(new OrderKernelJsonContext().WithAddedModifier(IgnoreCommandKind));
        return options;
    }

    /// <summary>Writes a command with its discriminator.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrderCommand command) => JsonSerializer.Serialize(Guard.Against.Null(command), CommandInfo);

    /// <summary>Writes an event with its discriminator.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrderEvent @event) => JsonSerializer.Serialize(Guard.Against.Null(@event), EventInfo);

    /// <summary>Writes a stream of events as a JSON array.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteEvents(IEnumerable<OrderEvent> events)
    {
        Guard.Against.Null(events);
        return JsonSerializer.Serialize(new List<OrderEvent>(events).ToArray(), EventArrayInfo);
    }

    /// <summary>Writes an order snapshot with the current <see cref="SnapshotSchemaVersion"/>.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteSnapshot(Order order) => JsonSerializer.Serialize(new OrderSnapshot(SnapshotSchemaVersion, Guard.Against.Null(order)), SnapshotInfo);

    /// <summary>Writes a rejection (its violations).</summary>
    /// <param name="rejected">The rejection.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Rejected rejected) => JsonSerializer.Serialize(Guard.Against.Null(rejected), RejectedInfo);

    /// <summary>Reads a command from untrusted JSON. Never throws for bad input and never returns a half-built command.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older payloads, applied before typed reading.</param>
    /// <returns>The command, or what is wrong with the input.</returns>
    public static OneOf<OrderCommand, JsonReadError> ReadCommand(string json, Func<JsonNode, JsonNode>? upcast = null) =>
        Read(json, CommandInfo, upcast);

    /// <summary>Reads an event from JSON. Never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older payloads, applied before typed reading.</param>
    /// <returns>The event, or what is wrong with the input.</returns>
    public static OneOf<OrderEvent, JsonReadError> ReadEvent(string json, Func<JsonNode, JsonNode>? upcast = null) =>
        Read(json, EventInfo, upcast);

    /// <summary>Reads a JSON array of events. Never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of each older event payload, applied before typed reading.</param>
    /// <returns>The events, or what is wrong with the input.</returns>
    public static OneOf<ValueList<OrderEvent>, JsonReadError> ReadEvents(string json, Func<JsonNode, JsonNode>? upcast = null)
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
        return Read(json, EventArrayInfo, each).MapT0(ValueList<OrderEvent>.From);
    }

    /// <summary>Reads an order snapshot. Never throws for bad input; refuses an unknown schema version.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="upcast">An optional upgrade of older snapshots (by their <c>schemaVersion</c>), applied before typed reading.</param>
    /// <returns>The order, or what is wrong with the input.</returns>
    public static OneOf<Order, JsonReadError> ReadSnapshot(string json, Func<JsonNode, JsonNode>? upcast = null)
    {
        var read = Read(json, SnapshotInfo, upcast);
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

    private static OneOf<T, JsonReadError> Read<T>(string json, JsonTypeInfo<T> info, Func<JsonNode, JsonNode>? upcast)
    {
        Guard.Against.Null(json);
        try
        {
            T? value;
            if (upcast is null)
            {
                value = JsonSerializer.Deserialize(json, info);
            }
            else
            {
                var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
                if (node is null)
                {
                    return new JsonReadError(JsonErrorKind.MissingValue, "$", "The payload is null.");
                }

                value = upcast(node).Deserialize(info);
            }

            return value is null ? new JsonReadError(JsonErrorKind.MissingValue, "$", "The payload is null.") : value;
        }
        catch (JsonException e)
        {
            return new JsonReadError(JsonErrors.Classify(e), (e.Path ?? "$") + ((e as OrderKernelJsonException)?.Suffix ?? string.Empty), JsonErrors.Clean(e.Message));
        }
        catch (NotSupportedException e)
        {
            var kind = e.Message.Contains("abstract", StringComparison.Ordinal) || e.Message.Contains("discriminator", StringComparison.Ordinal)
                ? JsonErrorKind.UnknownDiscriminator
                : JsonErrorKind.WrongType;
            return new JsonReadError(kind, "$", kind == JsonErrorKind.UnknownDiscriminator ? "The 'type' discriminator is missing: name the command or event, e.g. \"type\": \"order-received.v1\"." : e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return new JsonReadError(JsonErrorKind.InvalidValue, "$", e.Message);
        }
    }

    private static JsonSerializerOptions CreateOptions(bool validated)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
        };
        AddConverters(options.Converters);
        if (validated)
        {
            AddValidatedObjectConverters(options.Converters);
        }

        options.TypeInfoResolver = new OrderKernelJsonContext().WithAddedModifier(IgnoreCommandKind);
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Shared.GetTypeInfo(typeof(T));

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

    private static void AddValidatedObjectConverters(IList<JsonConverter> c)
    {
        c.Add(new ValidatedObjectConverter<CustomerInfo>(() => Plain));
        c.Add(new ValidatedObjectConverter<PaymentTerms>(() => Plain));
    }

    private static void AddConverters(IList<JsonConverter> c)
    {
        c.Add(new InstantJsonConverter());
        c.Add(new LocalDateJsonConverter());
        c.Add(new DurationJsonConverter());
        c.Add(new MoneyJsonConverter());
        c.Add(new CurrencyJsonConverter());
        c.Add(new QuantityJsonConverter());
        c.Add(new PercentageJsonConverter());
        c.Add(new UnitOfMeasureJsonConverter());
        c.Add(new RoleJsonConverter());
        c.Add(new IdentifierJsonConverter<OrderId>(OrderId.From));
        c.Add(new IdentifierJsonConverter<CustomerId>(CustomerId.From));
        c.Add(new IdentifierJsonConverter<ProductId>(ProductId.From));
        c.Add(new IdentifierJsonConverter<ActorId>(ActorId.From));
        c.Add(new IdentifierJsonConverter<LineId>(LineId.From));

        c.Add(new JsonStringEnumConverter<ApprovalLevel>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<AcceptanceOutcome>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<AmountRounding>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Channel>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<CommandKind>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<CustomerTier>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Department>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<HoldCode>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<InstallmentDue>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<InstallmentStatus>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<OrderStatus>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<PaymentInstrument>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Priority>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<QualityGrade>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<QuotationStatus>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ReviewCriterion>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ReviewOutcome>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ReviewStage>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ReviewVerdict>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<JsonErrorKind>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ServiceLevels.Milestone>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ServiceLevels.ServiceStep>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ServiceLevels.TimeBasis>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ServiceLevels.TrackedStep>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<DelayPenalties.ExcusableCause>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<DelayPenalties.PenaltyBase>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<DelayPenalties.PenaltyPeriod>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<NodaTime.IsoDayOfWeek>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<MidpointRounding>(allowIntegerValues: false));
        c.Add(new LocalTimeJsonConverter());
        c.Add(new JsonStringEnumConverter<ChangeRequests.ChangeKind>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ChangeRequests.ChangeStatus>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<ChangeRequests.SpecificationArea>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Settlements.InvoiceBasis>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Settlements.ReturnKind>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Settlements.BalanceStanding>(allowIntegerValues: false));
        c.Add(new JsonStringEnumConverter<Authorization.Duty>(allowIntegerValues: false));

        c.Add(new ValueListJsonConverter<AppliedCommand>());
        c.Add(new ValueListJsonConverter<ApprovalLevel>());
        c.Add(new ValueListJsonConverter<ApprovalLimit>());
        c.Add(new ValueListJsonConverter<CustomerTier>());
        c.Add(new ValueListJsonConverter<CommandAvailability>());
        c.Add(new ValueListJsonConverter<CommandKind>());
        c.Add(new ValueListJsonConverter<Department>());
        c.Add(new ValueListJsonConverter<Authorization.DutyConflict>());
        c.Add(new ValueListJsonConverter<Lifecycle.GuardDescription>());
        c.Add(new ValueListJsonConverter<Installment>());
        c.Add(new ValueListJsonConverter<InstallmentAmount>());
        c.Add(new ValueListJsonConverter<InstallmentStatus>());
        c.Add(new ValueListJsonConverter<MaterialReservation>());
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
        c.Add(new ValueListJsonConverter<ServiceLevels.MilestoneReached>());
        c.Add(new ValueListJsonConverter<ServiceLevels.ServiceLevelBreach>());
        c.Add(new ValueListJsonConverter<ServiceLevels.ServiceLevel>());
        c.Add(new ValueListJsonConverter<Calendars.WorkingPeriod>());
        c.Add(new ValueListJsonConverter<NodaTime.LocalDate>());
        c.Add(new ValueListJsonConverter<DelayPenalties.PenaltyTier>());
        c.Add(new ValueListJsonConverter<DelayPenalties.PenaltyTraceLine>());
        c.Add(new ValueListJsonConverter<DelayPenalties.ExcusableDelay>());
        c.Add(new ValueListJsonConverter<DelayPenalties.ExcusedSpan>());
        c.Add(new ValueListJsonConverter<HoldCode>());
        c.Add(new ValueListJsonConverter<HoldPeriod>());
        c.Add(new ValueListJsonConverter<ChangeRequests.ChangeRequest>());
        c.Add(new ValueListJsonConverter<ChangeRequests.ChangeRecord>());
        c.Add(new ValueListJsonConverter<ChangeRequests.ChangeApproval>());
        c.Add(new ValueListJsonConverter<ChangeRequests.FieldDiff>());
        c.Add(new ValueListJsonConverter<ActorId>());
        c.Add(new ValueListJsonConverter<Shipments.Shipment>());
        c.Add(new ValueListJsonConverter<Shipments.ShippedLine>());
        c.Add(new ValueListJsonConverter<Shipments.SupplementalOrderProposal>());
        c.Add(new ValueListJsonConverter<Settlements.Refund>());
        c.Add(new ValueListJsonConverter<Settlements.ReturnRecord>());
        c.Add(new ValueListJsonConverter<Settlements.StatementLine>());
    }

}
