using Telegram.Bot.Exceptions;

namespace CareBot.Telegram.Api;

/// <summary>
/// A failed Bot API call as a value: its kind, Telegram's description (never the token or message text), and the
/// wait Telegram asked for on a 429.
/// </summary>
internal sealed record ApiFailure(ApiFailureKind Kind, int ErrorCode, string Description, TimeSpan? RetryAfter = null)
{
    /// <summary>The group was upgraded to a supergroup: this is its new chat id (Telegram's migrate_to_chat_id).</summary>
    public long? MigratedTo { get; init; }

    /// <summary>The failure an exception from Telegram.Bot or the network stands for; null for anything else (a bug).</summary>
    public static ApiFailure? From(Exception exception) => exception switch
    {
        ApiRequestException api => FromApi(api),
        RequestException request => new ApiFailure(ApiFailureKind.Transient, (int?)request.HttpStatusCode ?? 0, request.Message),
        HttpRequestException http => new ApiFailure(ApiFailureKind.Transient, 0, http.Message),
        TimeoutException timeout => new ApiFailure(ApiFailureKind.Transient, 0, timeout.Message),
        _ => null,
    };

    public bool IsAbout(string words) => Description.Contains(words, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => ErrorCode == 0 ? Description : $"{ErrorCode} {Description}";

    private static ApiFailure FromApi(ApiRequestException api)
    {
        var kind = api.ErrorCode switch
        {
            401 => ApiFailureKind.Unauthorized,
            403 => ApiFailureKind.Forbidden,
            404 => ApiFailureKind.NotFound,
            409 => ApiFailureKind.Conflict,
            429 => ApiFailureKind.TooManyRequests,
            >= 400 and < 500 => ApiFailureKind.BadRequest,
            _ => ApiFailureKind.Transient,
        };
        var retryAfter = api.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : (TimeSpan?)null;
        if (kind == ApiFailureKind.TooManyRequests)
        {
            retryAfter ??= TimeSpan.FromSeconds(1);
        }

        return new ApiFailure(kind, api.ErrorCode, api.Message, retryAfter) { MigratedTo = api.Parameters?.MigrateToChatId };
    }
}
