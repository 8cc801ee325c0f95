using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using OrderKernel.Host.Identity;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Api;

/// <summary>The HTTP API (minimal APIs).</summary>
public static class OrderEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication MapOrderEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/users", (UserDirectory users) => Results.Json(new JsonArray([.. users.Users.Select(u => (JsonNode)new JsonObject
        {
            ["id"] = u.Id,
            ["name"] = u.Name,
            ["roles"] = new JsonArray([.. u.Roles.Select(r => (JsonNode)JsonValue.Create(r))]),
        })])));

        // The page names commands by the kernel's own discriminators (OrderKernelJson.DiscriminatorOf), never by a guessed spelling.
        app.MapGet("/command-types", () => Results.Json(new JsonObject(Enum.GetValues<CommandKind>().Select(k =>
            KeyValuePair.Create(k.ToString(), (JsonNode?)JsonValue.Create(OrderKernelJson.DiscriminatorOf(k)))))));

        var orders = app.MapGroup("/orders").RequireAuthorization();
        orders.MapGet("/", ListAsync);
        orders.MapGet("/{id}", GetAsync);
        orders.MapGet("/{id}/events", EventsAsync);
        orders.MapPost("/{id}/commands", SubmitAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(IOrderStore store, IClock clock, OrderPolicies policies, HostSettings settings, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var rows = new JsonArray();
        foreach (var id in await store.ListOrderIdsAsync(ct))
        {
            if (await store.LoadAsync(id, ct) is { } order)
            {
                rows.Add(OrderViews.Summary(order, now, policies, settings.WarnWithin));
            }
        }

        return Results.Json(rows);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IOrderStore store, IClock clock, OrderPolicies policies, HostSettings settings, CancellationToken ct)
    {
        if (await store.LoadAsync(id, ct) is not { } order)
        {
            return Problems.FromMissing(id);
        }

        var context = DecisionContext.Create(clock.GetCurrentInstant(), UserDirectory.ToActor(http.User)!, policies);
        return Results.Json(OrderViews.Detail(order, context, settings.WarnWithin, await store.ListNoticesAsync(id, ct)));
    }

    private static async Task<IResult> EventsAsync(string id, IOrderStore store, CancellationToken ct)
    {
        var events = await store.ReadStreamAsync(id, ct);
        return events.Count == 0 ? Problems.FromMissing(id) : Results.Json(OrderViews.Events(events));
    }

    private static async Task<IResult> SubmitAsync(string id, HttpContext http, OrderCommands commands, CancellationToken ct)
    {
        // The kernel's reader refuses text over OrderKernelJson.MaxCommandLength (TooLarge), so the body is read whole.
        string body;
        using (var reader = new StreamReader(http.Request.Body))
        {
            body = await reader.ReadToEndAsync(ct);
        }

        long? expected = null;
        if (http.Request.Headers.IfMatch.FirstOrDefault() is { } ifMatch)
        {
            if (!long.TryParse(ifMatch.Trim('"', 'W', '/'), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                return Problems.BadRequest($"If-Match must be the order's version in quotes, like \"12\", not {ifMatch}.");
            }

            expected = v;
        }

        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        var outcome = await commands.SubmitAsync(id, body, UserDirectory.ToActor(http.User)!, string.IsNullOrEmpty(key) ? null : key, expected, ct);
        switch (outcome)
        {
            case CommandOutcome.BadJson bad:
                return Problems.FromJson(bad.Error);
            case CommandOutcome.WrongOrder wrong:
                return Problems.BadRequest($"The command receives order '{wrong.CommandOrderId}' but was sent to '{id}'.");
            case CommandOutcome.Refused refused:
                return Problems.FromRefusal(refused.Refusal, refused.Version);
            case CommandOutcome.Stale stale:
                return Problems.FromStale(stale.CurrentVersion);
            case CommandOutcome.Done done:
                http.Response.Headers.ETag = $"\"{done.State.Version.ToString(CultureInfo.InvariantCulture)}\"";
                return Results.Json(new JsonObject
                {
                    ["orderId"] = id,
                    ["version"] = done.State.Version,
                    ["status"] = done.State.Status.ToString(),
                    ["duplicate"] = done.Duplicate,
                    ["events"] = new JsonArray([.. done.Events.Select(e => (JsonNode)JsonValue.Create(EventCodec.Write(e).Type))]),
                });
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}.");
        }
    }
}
