using System.Globalization;
using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Discord's error answers, with its status codes, JSON codes and messages.</summary>
internal static class FakeRestErrors
{
    public static FakeRestAnswer Unauthorized() => new(401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });

    public static FakeRestAnswer NotFound() => new(404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 });

    public static FakeRestAnswer UnknownChannel() => Error(404, 10003, "Unknown Channel");

    public static FakeRestAnswer UnknownMessage() => Error(404, 10008, "Unknown Message");

    public static FakeRestAnswer UnknownUser() => Error(404, 10013, "Unknown User");

    public static FakeRestAnswer UnknownGuild() => Error(404, 10004, "Unknown Guild");

    public static FakeRestAnswer UnknownMember() => Error(404, 10007, "Unknown Member");

    public static FakeRestAnswer UnknownWebhook() => Error(404, 10015, "Unknown Webhook");

    /// <summary>An interaction token past its 15 minutes: a 401 that says nothing about the bot's own token.</summary>
    public static FakeRestAnswer InvalidWebhookToken() => Error(401, 50027, "Invalid Webhook Token");

    public static FakeRestAnswer UnknownInteraction() => Error(404, 10062, "Unknown interaction");

    public static FakeRestAnswer AlreadyAcknowledged() => Error(400, 40060, "Interaction has already been acknowledged.");

    public static FakeRestAnswer MissingAccess() => Error(403, 50001, "Missing Access");

    public static FakeRestAnswer MissingPermissions() => Error(403, 50013, "Missing Permissions");

    public static FakeRestAnswer CannotMessageUser() => Error(403, 50007, "Cannot send messages to this user");

    public static FakeRestAnswer EmptyMessage() => Error(400, 50006, "Cannot send an empty message");

    public static FakeRestAnswer DailyCommandCreates() => Error(429, 30034, "Max number of daily application command creates has been reached (200)");

    public static FakeRestAnswer InvalidFormBody(FakeFieldErrors errors) =>
        new(400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = errors.ToJson() });

    public static FakeRestAnswer Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static FakeRestAnswer RateLimited(double retryAfter, string scope)
    {
        var global = scope == "global";
        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global };
        if (global)
        {
            body["code"] = 0;
        }

        var answer = new FakeRestAnswer(429, body);
        answer.Headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        answer.Headers["X-RateLimit-Scope"] = scope;
        if (global)
        {
            answer.Headers["X-RateLimit-Global"] = "true";
        }

        return answer;
    }
}
