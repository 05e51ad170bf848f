using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CareBot.Discord.Api.Rest;

/// <summary>Reads the end of a request into a <see cref="DiscordResult{T}"/>: the parsed body, or the failure as a value.</summary>
internal static class RestResults
{
    public static DiscordResult<T> Read<T>(RestAttempt attempt, JsonTypeInfo<T> type)
    {
        if (Failure(attempt) is { } error)
        {
            return error;
        }

        try
        {
            return JsonSerializer.Deserialize(attempt.Body, type) is { } value
                ? DiscordResult<T>.Success(value)
                : Unreadable(attempt, "an empty body");
        }
        catch (JsonException exception)
        {
            return Unreadable(attempt, exception.Message);
        }
    }

    public static DiscordResult Read(RestAttempt attempt) =>
        Failure(attempt) is { } error ? DiscordResult.Failure(error) : DiscordResult.Success();

    private static DiscordError? Failure(RestAttempt attempt)
    {
        if (attempt.Refusal is { } refusal)
        {
            return refusal;
        }

        if (attempt.Status is not { } status)
        {
            return new DiscordError(DiscordErrorKind.NetworkFailure, $"No answer from Discord: {attempt.NetworkFailure?.Message}");
        }

        var kind = status switch
        {
            >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous => (DiscordErrorKind?)null,
            HttpStatusCode.Unauthorized => DiscordErrorKind.Unauthorized,
            HttpStatusCode.TooManyRequests => DiscordErrorKind.RateLimited,
            >= HttpStatusCode.InternalServerError => DiscordErrorKind.ServerError,
            _ => DiscordErrorKind.Rejected,
        };
        if (kind is not { } failed)
        {
            return null;
        }

        var error = DiscordErrorReader.Read(status, attempt.Body, failed);
        // An interaction's own token past its 15 minutes: refused for that interaction, while the bot's token still works.
        return error.Code == DiscordErrorCode.InvalidWebhookToken ? error with { Kind = DiscordErrorKind.Rejected } : error;
    }

    private static DiscordError Unreadable(RestAttempt attempt, string why) =>
        new(DiscordErrorKind.UnreadableResponse, $"Discord's answer to {attempt.Route.Key} could not be read: {why}") { Status = attempt.Status };
}
