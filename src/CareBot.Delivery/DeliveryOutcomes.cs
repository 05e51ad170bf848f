using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using Microsoft.Extensions.Logging;

namespace CareBot.Delivery;

/// <summary>Reports how a delivery went back to the outbox, and logs it (ids and the platform's reason, never the text).</summary>
/// <param name="claimant">This instance, when it delivers beside others: a message is marked sent only while it still holds it.</param>
internal sealed partial class DeliveryOutcomes(CareEngine engine, IDeliveryPlatform platform, string? claimant, ILogger logger)
{
    public async Task RecordAsync(OutboxMessage message, DeliveryVerdict verdict, CancellationToken cancellationToken)
    {
        switch (verdict.Kind)
        {
            case VerdictKind.Sent:
                if (claimant is null)
                {
                    await engine.Outbox.MarkSentAsync(message.Id, verdict.PlatformMessageIds, cancellationToken);
                }
                else if (await engine.Outbox.MarkSentAsync(message.Id, verdict.PlatformMessageIds, claimant, cancellationToken) == ClaimedChange.ClaimLost)
                {
                    LogSentButLost(platform.Platform, message.Id);
                    break;
                }

                LogSent(platform.Platform, message.Id, message.Destination.Kind);
                break;
            case VerdictKind.RetryLater:
                await engine.Outbox.RetryLaterAsync(message.Id, verdict.Delay, verdict.Reason, cancellationToken);
                LogRetrying(platform.Platform, message.Id, verdict.Reason, verdict.Delay.TotalSeconds);
                break;
            case VerdictKind.Moved when verdict.MovedTo is { } to:
                // Moving readdresses every message waiting for the old address, this one included; it is then sent again at once.
                var from = new SpaceRef(message.Platform, message.Destination.ChatId);
                var moved = await engine.SpaceMovedAsync(from, to, null, cancellationToken);
                LogMoved(platform.Platform, message.Id, moved);
                await engine.Outbox.RetryLaterAsync(message.Id, TimeSpan.Zero, verdict.Reason, cancellationToken);
                break;
            case VerdictKind.Hold:
                await engine.Outbox.HoldUntilReachableAsync(message.Id, verdict.Reason, verdict.Notice, cancellationToken);
                LogHeld(platform.Platform, message.Id, verdict.Reason);
                break;
            case VerdictKind.Fatal:
                platform.CredentialsRejected(verdict.Reason);
                break;
            default:
                await engine.Outbox.FailAsync(message.Id, verdict.Reason, cancellationToken);
                LogFailed(platform.Platform, message.Id, verdict.Reason);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Platform}: outbox message {MessageId} delivered to a {Kind} chat")]
    private partial void LogSent(string platform, int messageId, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: outbox message {MessageId} was delivered after another instance took it over; it is left to that one, which may send it again")]
    private partial void LogSentButLost(string platform, int messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: outbox message {MessageId} not delivered ({Reason}); trying again in {Seconds:0.#} s")]
    private partial void LogRetrying(string platform, int messageId, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: outbox message {MessageId} is for a group that moved ({Outcome}); sending it again")]
    private partial void LogMoved(string platform, int messageId, SpaceMove outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: outbox message {MessageId} held until its recipient can be reached ({Reason})")]
    private partial void LogHeld(string platform, int messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: outbox message {MessageId} refused for good ({Reason}); it is kept as failed")]
    private partial void LogFailed(string platform, int messageId, string reason);
}
