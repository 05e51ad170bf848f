using CareBot.Core.Outbox;
using CareBot.Delivery;
using CareBot.Telegram.Api;
using CareBot.Telegram.Updates;

namespace CareBot.Telegram.Delivery;

/// <summary>What to do with an outbox message after a delivery attempt, decided from Telegram's answer alone.</summary>
internal static class TelegramVerdicts
{
    public static DeliveryVerdict For(ApiFailure? failure, OutboxMessage message, IReadOnlyList<string>? sentIds = null)
    {
        if (failure is null)
        {
            return DeliveryVerdict.SentAs(sentIds ?? []);
        }

        var reason = failure.ToString();
        return failure.Kind switch
        {
            ApiFailureKind.Unauthorized => DeliveryVerdict.Fatal(reason),
            ApiFailureKind.TooManyRequests => DeliveryVerdict.RetryLater(message, failure.RetryAfter ?? TimeSpan.FromSeconds(1), reason),
            ApiFailureKind.BadRequest when failure.MigratedTo is { } newChat && !message.Destination.IsDirect =>
                DeliveryVerdict.Moved(TelegramPeople.Space(newChat), reason),

            // A bot can't write first on Telegram: the person is invited in their group to open a chat with it.
            ApiFailureKind.Forbidden when message.Destination.IsDirect && CanBecomeReachable(failure) => DeliveryVerdict.Hold(UnreachableNotice.InviteInGroup, reason),
            ApiFailureKind.Forbidden or ApiFailureKind.BadRequest => DeliveryVerdict.Fail(reason),
            _ => DeliveryVerdict.RetryLater(message, retryAfter: null, reason),
        };
    }

    /// <summary>Never started the bot, or blocked it: both end when the person presses Start. A deleted account or a bot never does.</summary>
    private static bool CanBecomeReachable(ApiFailure failure) =>
        !failure.IsAbout("deactivated") && !failure.IsAbout("bots");
}
