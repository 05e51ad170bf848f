using CareBot.Core.Outbox;
using CareBot.Telegram.Api;

namespace CareBot.Telegram.Delivery;

/// <summary>What to do with an outbox message after a delivery attempt, decided from Telegram's answer alone.</summary>
internal sealed record DeliveryVerdict(VerdictKind Kind, TimeSpan Delay = default, string Reason = "")
{
    /// <summary>For <see cref="VerdictKind.Moved"/>: the group's new chat id.</summary>
    public long? MovedTo { get; init; }

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    public static DeliveryVerdict Sent { get; } = new(VerdictKind.Sent);

    public static DeliveryVerdict For(ApiFailure? failure, OutboxMessage message)
    {
        if (failure is null)
        {
            return Sent;
        }

        var reason = failure.ToString();
        return failure.Kind switch
        {
            ApiFailureKind.Unauthorized => new(VerdictKind.Fatal, Reason: reason),
            ApiFailureKind.TooManyRequests => new(VerdictKind.RetryLater, failure.RetryAfter ?? FirstRetry, reason),
            ApiFailureKind.BadRequest when failure.MigratedTo is { } newChat && !message.Destination.IsDirect =>
                new(VerdictKind.Moved, Reason: reason) { MovedTo = newChat },
            ApiFailureKind.Forbidden when message.Destination.IsDirect && CanBecomeReachable(failure) => new(VerdictKind.Hold, Reason: reason),
            ApiFailureKind.Forbidden or ApiFailureKind.BadRequest => new(VerdictKind.Fail, Reason: reason),
            _ => new(VerdictKind.RetryLater, Backoff.After(message.Attempts + 1, FirstRetry, LongestRetry), reason),
        };
    }

    /// <summary>Never started the bot, or blocked it: both end when the person presses Start. A deleted account or a bot never does.</summary>
    private static bool CanBecomeReachable(ApiFailure failure) =>
        !failure.IsAbout("deactivated") && !failure.IsAbout("bots");
}
