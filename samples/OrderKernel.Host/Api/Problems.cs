using System.Text.Json.Nodes;
using OrderKernel.Host.Storage;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Api;

/// <summary>RFC 9457 problem details for every way a request can fail.</summary>
public static class Problems
{
    /// <summary>The type URI of a refusal.</summary>
    public const string Refused = "urn:orderkernel:problem:refused";

    /// <summary>The type URI of a stale write.</summary>
    public const string Stale = "urn:orderkernel:problem:stale-version";

    /// <summary>The type URI of unreadable JSON.</summary>
    public const string BadJson = "urn:orderkernel:problem:bad-json";

    /// <summary>The type URI of a corrupt stored stream.</summary>
    public const string Corrupt = "urn:orderkernel:problem:corrupt-stream";

    /// <summary>The type URI of an unknown order.</summary>
    public const string NotFound = "urn:orderkernel:problem:not-found";

    /// <summary>A refusal: 422 with the kernel's violations (code, rule, message), the first one as the detail.</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="version">The version decided on.</param>
    /// <returns>The result.</returns>
    public static IResult FromRefusal(Rejected refusal, long version)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Results.Problem(
            detail: refusal.Violations.Count > 0 ? refusal.Violations[0].Message : "refused",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The order refused the command",
            type: Refused,
            extensions: new Dictionary<string, object?> { ["violations"] = OrderViews.Violations(refusal.Violations), ["version"] = version });
    }

    /// <summary>A stale write: 409 with the stream's current version.</summary>
    /// <param name="currentVersion">The current version.</param>
    /// <returns>The result.</returns>
    public static IResult FromStale(long currentVersion) => Results.Problem(
        detail: $"The order is at version {currentVersion}: reload it and decide again.",
        statusCode: StatusCodes.Status409Conflict,
        title: "The order changed since it was read",
        type: Stale,
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    /// <summary>Unreadable command JSON: 400 with the reader's kind and path.</summary>
    /// <param name="error">The reader's error.</param>
    /// <returns>The result.</returns>
    public static IResult FromJson(JsonReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Results.Problem(
            detail: error.Message,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The command's JSON cannot be read",
            type: BadJson,
            extensions: new Dictionary<string, object?> { ["kind"] = error.Kind.ToString(), ["path"] = error.Path });
    }

    /// <summary>A request that is not a command for this order: 400.</summary>
    /// <param name="detail">What is wrong.</param>
    /// <returns>The result.</returns>
    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request", type: BadJson);

    /// <summary>An unknown order: 404.</summary>
    /// <param name="orderId">The id.</param>
    /// <returns>The result.</returns>
    public static IResult FromMissing(string orderId) => Results.Problem(detail: $"There is no order '{orderId}'.", statusCode: StatusCodes.Status404NotFound, title: "No such order", type: NotFound);

    /// <summary>A corrupt stored event or snapshot: 500 naming the row, never skipped.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>The result.</returns>
    public static IResult FromCorrupt(CorruptStreamException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Results.Problem(
            detail: e.Message,
            statusCode: StatusCodes.Status500InternalServerError,
            title: "A stored order cannot be read",
            type: Corrupt,
            extensions: new Dictionary<string, object?> { ["orderId"] = e.OrderId, ["version"] = e.Version, ["what"] = e.What, ["reason"] = JsonValue.Create(e.Reason) });
    }
}
