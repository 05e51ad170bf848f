using CareBot.Core.Outbox;
using CareBot.Core.Platforms;

namespace CareBot.Delivery;

/// <summary>What to do with an outbox message after one delivery attempt, decided by its platform from the answer it got.</summary>
public sealed record DeliveryVerdict(VerdictKind Kind, TimeSpan Delay = default, string Reason = "")
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    public static DeliveryVerdict Sent { get; } = new(VerdictKind.Sent);

    /// <summary>For <see cref="VerdictKind.Sent"/>: the ids the platform gave what the message became, when it said.</summary>
    public IReadOnlyList<string> PlatformMessageIds { get; init; } = [];

    /// <summary>Sent, and became these platform messages (so a message shown only for a while can be removed later).</summary>
    public static DeliveryVerdict SentAs(IReadOnlyList<string> platformMessageIds) => new(VerdictKind.Sent) { PlatformMessageIds = platformMessageIds };

    /// <summary>For <see cref="VerdictKind.Moved"/>: the group's new address.</summary>
    public SpaceRef? MovedTo { get; init; }

    /// <summary>For <see cref="VerdictKind.Hold"/>: how the person learns to open their private messages.</summary>
    public UnreachableNotice Notice { get; init; }

    /// <summary>Try again after <paramref name="retryAfter"/> when the platform said; otherwise back off by how often it failed.</summary>
    public static DeliveryVerdict RetryLater(OutboxMessage message, TimeSpan? retryAfter, string reason)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(VerdictKind.RetryLater, retryAfter ?? Backoff.After(message.Attempts + 1, FirstRetry, LongestRetry), reason);
    }

    public static DeliveryVerdict Hold(UnreachableNotice notice, string reason) => new(VerdictKind.Hold, Reason: reason) { Notice = notice };

    public static DeliveryVerdict Moved(SpaceRef to, string reason) => new(VerdictKind.Moved, Reason: reason) { MovedTo = to };

    public static DeliveryVerdict Fail(string reason) => new(VerdictKind.Fail, Reason: reason);

    public static DeliveryVerdict Fatal(string reason) => new(VerdictKind.Fatal, Reason: reason);
}
