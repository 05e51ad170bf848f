using CareBot.Delivery;

namespace CareBot.Delivery.Tests.Support;

/// <summary>
/// One call of the pipeline to <see cref="ScriptedPlatform.SendAsync"/>: which message, where, and (times on the
/// test's clock) when it started, when <see cref="DeliveryTurn.BeforeCallAsync"/> let the request go (null: it never
/// did, so nothing reached the platform) and what the platform answered.
/// </summary>
internal sealed record PlatformCall(int MessageId, string Tag, string Destination, int? CausedBy, DateTimeOffset StartedAt)
{
    public DateTimeOffset? RequestedAt { get; init; }

    public VerdictKind? Answer { get; init; }

    public bool MadeARequest => RequestedAt is not null;
}
