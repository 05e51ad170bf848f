using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// Every request goes through here, in Discord's order: route, bot token, scripted faults, global limit, the
/// route's bucket, body, then the route itself. Each answer carries the bucket's X-RateLimit headers.
/// </summary>
internal sealed class FakeRestEndpoint(FakeRestState state)
{
    public const string Prefix = "/api/v10";
    private static readonly FakeRoute[] Routes =
        [.. FakeDirectoryRoutes.All(), .. FakeMessageRoutes.All(), .. FakeCommandRoutes.All(), .. FakeInteractionRoutes.All()];

    public static IReadOnlyList<string> RouteKeys { get; } = [.. Routes.Select(route => route.Key)];

    public async Task HandleAsync(HttpContext context)
    {
        // Discord counts a request (its limits, an interaction's 3 seconds) when it arrives, not when this fake, which
        // answers one request at a time, gets round to it.
        var arrived = state.Now;
        var cancellationToken = context.RequestAborted;
        var body = await ReadAsync(context.Request, cancellationToken);
        var path = context.Request.Path.Value ?? "";
        var routeKey = RouteKeyOf(context.Request.Method, path);
        if (!await state.Holds.PassAsync(routeKey, path, body.Json, FakeHoldPoint.BeforeHandling, cancellationToken))
        {
            context.Abort();
            return;
        }

        FakeRestAnswer answer;
        lock (state.Gate)
        {
            answer = Answer(context.Request, body, arrived);
        }

        if (answer.Drop || !await state.Holds.PassAsync(routeKey, path, body.Json, FakeHoldPoint.AfterHandling, cancellationToken))
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is { } json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json.ToJsonString(), cancellationToken);
        }
    }

    /// <summary>The route a request matches, as in <see cref="RouteKeys"/>, or null when none does.</summary>
    public static string? RouteKeyOf(string method, string path)
    {
        var segments = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        return Routes.FirstOrDefault(route => route.Match(method, segments) is not null)?.Key;
    }

    private FakeRestAnswer Answer(HttpRequest request, (JsonNode? Json, List<RecordedFile> Files, bool Multipart, bool Malformed) body, DateTimeOffset arrived)
    {
        var path = request.Path.Value ?? "";
        var segments = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        var (route, values) = Routes.Select(candidate => (candidate, values: candidate.Match(request.Method, segments)))
            .FirstOrDefault(match => match.values is not null);
        var record = new RecordedRequest
        {
            Method = request.Method,
            Path = path,
            Route = route?.Key ?? $"{request.Method} {path}",
            Headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Json = body.Json?.DeepClone(),
            IsMultipart = body.Multipart,
            Files = body.Files,
            ReceivedAt = arrived,
        };
        state.Requests.Add(record);
        var answer = route is null ? FakeRestErrors.NotFound() : Route(request, route, values!, body, arrived);
        record.Status = answer.Drop ? 0 : answer.Status;
        record.ResponseJson = answer.Body?.DeepClone();
        return answer;
    }

    private FakeRestAnswer Route(HttpRequest request, FakeRoute route, Dictionary<string, string> values, (JsonNode? Json, List<RecordedFile> Files, bool Multipart, bool Malformed) body, DateTimeOffset arrived)
    {
        var authorization = request.Headers.Authorization.ToString();
        if ((route.NeedsBotToken || authorization.Length > 0) && authorization != "Bot " + state.Options.Token)
        {
            return FakeRestErrors.Unauthorized();
        }

        var now = arrived;
        var major = FakeRoute.MajorOf(values);
        var fault = Fault(route);
        if (fault is { Status: 0, Drop: false })
        {
            // The answer is lost on the way back: the work below is done, then the connection is closed.
            var done = route.Handle(new FakeCall(state, values, body.Json, body.Files, arrived));
            return done with { Drop = true };
        }

        if (fault is not null)
        {
            return WithHeaders(fault, state.Limits.Take(route.Key, major, now, consume: false).Headers);
        }

        if (!route.IsInteractionEndpoint && state.Limits.OverGlobal(now))
        {
            return FakeRestErrors.RateLimited(state.Limits.GlobalRetryAfter(now), "global");
        }

        var (exceeded, headers, resetAfter) = state.Limits.Take(route.Key, major, now, consume: true);
        if (exceeded)
        {
            return WithHeaders(FakeRestErrors.RateLimited(resetAfter, "user"), headers);
        }

        var answer = body.Malformed
            ? FakeRestErrors.Error(400, 50109, "The request body contains invalid JSON.")
            : route.Handle(new FakeCall(state, values, body.Json, body.Files, arrived));
        return WithHeaders(answer, headers);
    }

    private FakeRestAnswer? Fault(FakeRoute route)
    {
        var index = state.Faults.FindIndex(fault => fault.Route is null || fault.Route == route.Key);
        if (index >= 0)
        {
            var fault = state.Faults[index].Fault;
            state.Faults.RemoveAt(index);
            return Answer(fault);
        }

        if (state.RandomRateLimits is { } random && random.Random.NextDouble() < random.Probability)
        {
            var scope = random.Random.Next(10) switch { < 5 => "user", < 8 => "shared", _ => "global" };
            return FakeRestErrors.RateLimited(random.RetryAfter, route.IsInteractionEndpoint && scope == "global" ? "user" : scope);
        }

        return null;
    }

    private static FakeRestAnswer Answer(FakeRestFault fault) => fault.Kind switch
    {
        FakeRestFaultKind.ServerError => new FakeRestAnswer(fault.Status, new JsonObject { ["message"] = "500: Internal Server Error", ["code"] = 0 }),
        FakeRestFaultKind.DropConnection => new FakeRestAnswer(0, null) { Drop = true },
        FakeRestFaultKind.LoseAnswer => new FakeRestAnswer(0, null),
        FakeRestFaultKind.GlobalRateLimit => FakeRestErrors.RateLimited(fault.RetryAfterSeconds, "global"),
        FakeRestFaultKind.SharedRateLimit => FakeRestErrors.RateLimited(fault.RetryAfterSeconds, "shared"),
        _ => FakeRestErrors.RateLimited(fault.RetryAfterSeconds, "user"),
    };

    private static FakeRestAnswer WithHeaders(FakeRestAnswer answer, Dictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            answer.Headers.TryAdd(name, value);
        }

        return answer;
    }

    private static async Task<(JsonNode? Json, List<RecordedFile> Files, bool Multipart, bool Malformed)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var files = new List<RecordedFile>();
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                foreach (var file in form.Files)
                {
                    using var copy = new MemoryStream();
                    await file.CopyToAsync(copy, cancellationToken);
                    files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, copy.ToArray()));
                }

                // Discord numbers files by their index n in files[n]; keep that order whatever order the parts came in.
                files.Sort((a, b) => Index(a.Name).CompareTo(Index(b.Name)));
                var payload = form["payload_json"].ToString();
                return (payload.Length == 0 ? null : JsonNode.Parse(payload), files, true, false);
            }

            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return (text.Length == 0 ? null : JsonNode.Parse(text), files, false, false);
        }
        catch (JsonException)
        {
            return (null, files, false, true);
        }
    }

    private static int Index(string name) =>
        int.TryParse(name.AsSpan().Trim("files[]"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue;
}
