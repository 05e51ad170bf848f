using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Telegram.Hosting;
using CareBot.Telegram.Updates;
using Microsoft.Extensions.Logging;

namespace CareBot.Telegram.Delivery;

/// <summary>Reports how a delivery went back to the outbox, and logs it (ids and Telegram's reason, never the text).</summary>
internal sealed partial class DeliveryOutcomes(CareEngine engine, TelegramShutdown shutdown, ILogger<DeliveryOutcomes> logger)
{
    public async Task RecordAsync(OutboxMessage message, DeliveryVerdict verdict, CancellationToken cancellationToken)
    {
        switch (verdict.Kind)
        {
            case VerdictKind.Sent:
                await engine.Outbox.MarkSentAsync(message.Id, cancellationToken);
                LogSent(message.Id, message.Destination.Kind);
                break;
            case VerdictKind.RetryLater:
                await engine.Outbox.RetryLaterAsync(message.Id, verdict.Delay, verdict.Reason, cancellationToken);
                LogRetrying(message.Id, verdict.Reason, verdict.Delay.TotalSeconds);
                break;
            case VerdictKind.Moved:
                // Moving readdresses every message waiting for the old chat, this one included; it is then sent again at once.
                var from = new SpaceRef(message.Platform, message.Destination.ChatId);
                var to = TelegramPeople.Space(verdict.MovedTo!.Value);
                SpaceMoveLog.Report(logger, from, to, await engine.SpaceMovedAsync(from, to, null, cancellationToken));
                await engine.Outbox.RetryLaterAsync(message.Id, TimeSpan.Zero, verdict.Reason, cancellationToken);
                break;
            case VerdictKind.Hold:
                await engine.Outbox.HoldUntilReachableAsync(message.Id, verdict.Reason, cancellationToken);
                LogHeld(message.Id, verdict.Reason);
                break;
            case VerdictKind.Fail:
                await engine.Outbox.FailAsync(message.Id, verdict.Reason, cancellationToken);
                LogFailed(message.Id, verdict.Reason);
                break;
            case VerdictKind.Fatal:
                shutdown.Stop(TelegramMessages.TokenRejected);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId} delivered to a {Kind} chat")]
    private partial void LogSent(int messageId, ConversationKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} not delivered ({Reason}); trying again in {Seconds:0.#} s")]
    private partial void LogRetrying(int messageId, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} held until its recipient opens a private chat ({Reason})")]
    private partial void LogHeld(int messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} refused by Telegram for good ({Reason}); it is kept as failed")]
    private partial void LogFailed(int messageId, string reason);
}
