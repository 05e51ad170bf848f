using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Delivery;

/// <summary>The verdict of one delivery attempt, when to retry (if Discord said), and the error behind it for the log.</summary>
public sealed record DiscordSendResult(DiscordSendVerdict Verdict, TimeSpan? RetryAfter = null, DiscordError? Error = null)
{
    public static DiscordSendResult Delivered { get; } = new(DiscordSendVerdict.Delivered);

    public static DiscordSendResult From(DiscordError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var verdict = error switch
        {
            { Kind: DiscordErrorKind.Unauthorized } => DiscordSendVerdict.Unauthorized,
            { Code: DiscordErrorCode.CannotSendMessagesToThisUser } => DiscordSendVerdict.Unreachable,
            { Kind: DiscordErrorKind.RateLimited or DiscordErrorKind.ServerError or DiscordErrorKind.NetworkFailure or DiscordErrorKind.InvalidRequestLimitReached or DiscordErrorKind.UnreadableResponse } => DiscordSendVerdict.RetryLater,
            { Code: DiscordErrorCode.UnknownChannel or DiscordErrorCode.UnknownGuild or DiscordErrorCode.MissingAccess or DiscordErrorCode.MissingPermissions } => DiscordSendVerdict.Gone,
            _ => DiscordSendVerdict.Rejected,
        };
        return new DiscordSendResult(verdict, error.RetryAfter, error);
    }
}
