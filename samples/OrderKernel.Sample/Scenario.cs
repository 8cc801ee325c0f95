using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Policies;
using OrderKernel.Serialization;

namespace OrderKernel.Sample;

/// <summary>One step of a scenario: a section heading, or a command issued by an actor at a local time.</summary>
/// <param name="Section">A heading, or <see langword="null"/> for a command.</param>
/// <param name="At">When, in the scenario's time zone.</param>
/// <param name="Actor">The actor's id.</param>
/// <param name="Command">The command.</param>
public sealed record ScenarioStep(string? Section, LocalDateTime At, string Actor, OrderCommand? Command)
{
    /// <summary>Creates a heading.</summary>
    /// <param name="title">The heading.</param>
    /// <returns>The step.</returns>
    public static ScenarioStep Heading(string title) => new(title, default, string.Empty, null);
}

/// <summary>The policy options a scenario may set; anything left out keeps the kernel's default.</summary>
public sealed record ScenarioPolicies
{
    /// <summary>Gets the approval options.</summary>
    public ApprovalPolicyOptions? Approval { get; init; }

    /// <summary>Gets the acceptance options.</summary>
    public AcceptancePolicyOptions? Acceptance { get; init; }

    /// <summary>Gets the review options.</summary>
    public ReviewPolicyOptions? Review { get; init; }

    /// <summary>Gets the sample options.</summary>
    public SamplePolicyOptions? Sample { get; init; }

    /// <summary>Gets the cancellation options.</summary>
    public CancellationPolicyOptions? Cancellation { get; init; }

    /// <summary>Gets the service-level options (calendar and time limits).</summary>
    public ServiceLevelPolicyOptions? ServiceLevels { get; init; }

    /// <summary>Gets the delay penalty options.</summary>
    public DelayPenaltyPolicyOptions? DelayPenalty { get; init; }

    /// <summary>Gets the invoice basis.</summary>
    public InvoiceBasis? InvoiceBasis { get; init; }

    /// <summary>Builds the kernel's policies.</summary>
    /// <returns>The policies.</returns>
    public OrderPolicies ToPolicies()
    {
        var p = OrderPolicies.Default;
        p = Approval is { } a ? p with { Approval = ApprovalPolicy.Create(a) } : p;
        p = Acceptance is { } ac ? p with { Acceptance = AcceptancePolicy.Create(ac) } : p;
        p = Review is { } r ? p with { Review = ReviewPolicy.Create(r) } : p;
        p = Sample is { } s ? p with { Sample = SamplePolicy.Create(s) } : p;
        p = Cancellation is { } c ? p with { Cancellation = CancellationPolicy.Create(c) } : p;
        p = ServiceLevels is { } sl ? p with { ServiceLevels = ServiceLevelPolicy.Create(sl) } : p;
        p = DelayPenalty is { } d ? p with { DelayPenalty = DelayPenaltyPolicy.Create(d) } : p;
        p = InvoiceBasis is { } i ? p with { InvoiceBasis = i } : p;
        return p;
    }
}

/// <summary>A scenario: a title, a time zone, policies, actors and timed commands. The sample runs it and prints the timeline.</summary>
/// <param name="Title">The first line printed.</param>
/// <param name="TimeZoneId">The IANA time zone of the step times.</param>
/// <param name="Policies">The policy options.</param>
/// <param name="Actors">The actors.</param>
/// <param name="Steps">The steps.</param>
public sealed record Scenario(string Title, string TimeZoneId, ScenarioPolicies Policies, IReadOnlyList<Actor> Actors, IReadOnlyList<ScenarioStep> Steps)
{
    private static readonly LocalDateTimePattern AtPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>Runs the scenario and returns its timeline with the summary.</summary>
    /// <returns>The timeline.</returns>
    public Timeline Run()
    {
        var t = new Timeline(DateTimeZoneProviders.Tzdb[TimeZoneId], Policies.ToPolicies());
        var actors = Actors.ToDictionary(a => a.Id.Value);
        t.Line(Title);
        foreach (var step in Steps)
        {
            if (step.Section is { } title)
            {
                t.Section(title);
            }
            else
            {
                t.Issue(step.At, actors[step.Actor], step.Command!);
            }
        }

        Summary.Write(t);
        return t;
    }

    /// <summary>Writes the scenario as JSON: the documented scenario file shape (see docs/getting-started.md).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["title"] = Title,
            ["timeZone"] = TimeZoneId,
            ["policies"] = JsonNode.Parse(JsonSerializer.Serialize(Policies, Info<ScenarioPolicies>())),
            ["actors"] = new JsonArray([.. Actors.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id.Value,
                ["name"] = a.Name,
                ["roles"] = new JsonArray([.. a.Roles.Select(r => (JsonNode)JsonValue.Create(r.Name))]),
            })]),
            ["steps"] = new JsonArray([.. Steps.Select(s => (JsonNode)(s.Section is { } section
                ? new JsonObject { ["section"] = section }
                : new JsonObject { ["at"] = AtPattern.Format(s.At), ["actor"] = s.Actor, ["command"] = JsonNode.Parse(OrderKernelJson.Write(s.Command!)) }))]),
        };
        return root.ToJsonString(new JsonSerializerOptions(OrderKernelJson.Options) { WriteIndented = true }) + "\n";
    }

    /// <summary>Reads a scenario file; bad input gets an error naming the step and what is wrong.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scenario">The scenario, when read.</param>
    /// <param name="error">What is wrong, when not.</param>
    /// <returns><see langword="true"/> when read.</returns>
    public static bool TryRead(string json, out Scenario? scenario, out string? error)
    {
        scenario = null;
        try
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var policies = root["policies"] is { } p ? p.Deserialize(Info<ScenarioPolicies>()) ?? new ScenarioPolicies() : new ScenarioPolicies();
            var actors = new List<Actor>();
            foreach (var a in root["actors"]!.AsArray())
            {
                var roles = a!["roles"]!.AsArray().Select(r => Role.Of((string)r!)).ToArray();
                actors.Add(Actor.Create((string)a["id"]!, (string)a["name"]!, roles));
            }

            var steps = new List<ScenarioStep>();
            var index = 0;
            foreach (var s in root["steps"]!.AsArray())
            {
                index++;
                if (s!["section"] is { } section)
                {
                    steps.Add(ScenarioStep.Heading((string)section!));
                    continue;
                }

                var at = AtPattern.Parse((string)s["at"]!);
                if (!at.Success)
                {
                    error = $"step {index}: 'at' must look like 2026-03-02T09:00 ({at.Exception.Message})";
                    return false;
                }

                var actor = (string)s["actor"]!;
                if (actors.All(a => a.Id.Value != actor))
                {
                    error = $"step {index}: unknown actor '{actor}'";
                    return false;
                }

                var read = OrderKernelJson.ReadCommand(s["command"]!.ToJsonString());
                if (read.TryPickT1(out var bad, out var command))
                {
                    error = $"step {index}: {bad.Kind} at {bad.Path}: {bad.Message}";
                    return false;
                }

                steps.Add(new ScenarioStep(null, at.Value, actor, command));
            }

            var zone = (string?)root["timeZone"] ?? "UTC";
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            {
                error = $"'{zone}' is not a known IANA time zone";
                return false;
            }

            scenario = new Scenario((string?)root["title"] ?? "OrderKernel scenario", zone, policies, actors, steps);
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            error = "the scenario file is not in the documented shape: " + e.Message;
            return false;
        }
    }

    private static readonly JsonSerializerOptions ScenarioOptions = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions { TypeInfoResolver = ScenarioJsonContext.Default }.ConfigureForOrderKernel();
        o.MakeReadOnly();
        return o;
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)ScenarioOptions.GetTypeInfo(typeof(T));
}

/// <summary>Source-generated metadata for the scenario policies record (the kernel's context covers its options).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ScenarioPolicies))]
internal sealed partial class ScenarioJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
