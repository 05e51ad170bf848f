using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Telegram.Api;
using CareBot.Telegram.Hosting;
using CareBot.Telegram.RateLimits;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Telegram.Delivery;

/// <summary>
/// Delivers the outbox to Telegram: reads what is due, gives each chat its own lane (chats are sent to in parallel,
/// each in order), and reports every outcome back to the outbox only after Telegram answered, so nothing is lost.
/// </summary>
internal sealed partial class OutboxDeliveryService(
    CareEngine engine,
    MessageSender sender,
    GlobalPacer global,
    DeliveryOutcomes outcomes,
    BotIdentitySource identity,
    DeliveryNudge nudge,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    private const int BatchSize = 1000;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BusyPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterBug = TimeSpan.FromSeconds(5);

    // A send is recorded just before its request; Telegram counted it a little later, up to the call's deadline. A
    // restart counts each recorded send this much later than recorded, so it never lets the next one in early.
    private static readonly TimeSpan SeedMargin = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChatLane> _lanes = new(StringComparer.Ordinal);

    // A message finished while a read was under way may still show as pending in that read; it is skipped until a
    // read that started after it finished (see Accept).
    private readonly Dictionary<int, long> _finishedAtRead = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _sentBeforeStart = new(StringComparer.Ordinal);
    private long _reads;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        BotIdentity bot;
        try
        {
            bot = await identity.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        RememberRecentSends();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wake = nudge.NextAsync();
                var pass = Dispatch(bot, stoppingToken);
                await WaitAsync(pass, wake, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Task[] running;
            lock (_gate)
            {
                running = [.. _lanes.Values.Select(lane => lane.Running).OfType<Task>()];
            }

            await Task.WhenAll(running);
        }
    }

    /// <summary>Hands what is due to the lanes; says whether anything is under way or held back by a blocked lane.</summary>
    private DispatchPass Dispatch(BotIdentity bot, CancellationToken cancellationToken)
    {
        long read;
        lock (_gate)
        {
            read = ++_reads;
        }

        var due = engine.Outbox.Due(KnownPlatforms.Telegram, BatchSize);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var heldBack = false;
            foreach (var message in due)
            {
                heldBack |= !Accept(message, read, now);
            }

            foreach (var stale in _finishedAtRead.Where(pair => pair.Value < read).Select(pair => pair.Key).ToList())
            {
                _finishedAtRead.Remove(stale);
            }

            foreach (var lane in _lanes.Values.Where(lane => lane.Running is null && lane.HasWork))
            {
                lane.Running = RunLaneAsync(lane, bot, cancellationToken);
            }

            foreach (var idle in _lanes.Where(pair => pair.Value.IsIdle(now)).Select(pair => pair.Key).ToList())
            {
                _lanes.Remove(idle);
            }

            var busy = _lanes.Values.Any(lane => lane.Running is not null);
            var unblock = _lanes.Values.Where(lane => lane.IsBlocked(now)).Select(lane => lane.BlockedUntil).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            return new DispatchPass(busy, heldBack, unblock);
        }
    }

    /// <summary>Queues a due message on its chat's lane; false when it must wait (its lane is blocked, or it just finished).</summary>
    private bool Accept(OutboxMessage message, long read, DateTimeOffset now)
    {
        if (_finishedAtRead.TryGetValue(message.Id, out var finishedAt) && finishedAt >= read)
        {
            return false;
        }

        if (!_lanes.TryGetValue(message.Destination.ChatId, out var lane))
        {
            var limits = options.Value.Limits;
            var group = message.Destination.IsDirect ? null : new SlidingWindow(limits.GroupMessagesPerMinute, TimeSpan.FromMinutes(1));
            _lanes[message.Destination.ChatId] = lane = new ChatLane(message.Destination.ChatId, new ChatPacer(limits.PerChatInterval, group));
            if (_sentBeforeStart.Remove(message.Destination.ChatId, out var sent))
            {
                sent.ForEach(lane.Pacer.Seed);
            }
        }

        if (lane.IsBlocked(now))
        {
            return false;
        }

        lane.Add(message);
        return true;
    }

    /// <summary>
    /// What the last run handed to Telegram in the past minute, as recorded in the outbox: Telegram is still counting it,
    /// so the bot-wide window starts from it now and each chat's pacer when its lane opens.
    /// </summary>
    private void RememberRecentSends()
    {
        var recent = engine.Outbox.RecentSends(KnownPlatforms.Telegram);
        foreach (var send in recent)
        {
            var at = send.At + SeedMargin;
            global.Seed(at);
            if (send.ChatId is null)
            {
                continue;
            }

            if (!_sentBeforeStart.TryGetValue(send.ChatId, out var times))
            {
                _sentBeforeStart[send.ChatId] = times = [];
            }

            times.Add(at);
        }

        if (recent.Count > 0)
        {
            LogRememberedSends(recent.Count, _sentBeforeStart.Count);
        }
    }

    private async Task WaitAsync(DispatchPass pass, Task wake, CancellationToken cancellationToken)
    {
        // Whichever wait loses is cancelled, so a steady stream of nudges leaves no timers behind.
        using var loser = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task timed;
        if (!pass.Busy && !pass.HeldBack)
        {
            // Nothing under way: the engine knows when the next message is due (a commit, a retry, quiet hours ending).
            timed = engine.Outbox.WaitForWorkAsync(KnownPlatforms.Telegram, IdleWait, loser.Token);
        }
        else
        {
            var untilUnblocked = pass.NextUnblock - time.GetUtcNow();
            var poll = untilUnblocked < BusyPoll ? untilUnblocked : BusyPoll;
            timed = poll > TimeSpan.Zero ? Task.Delay(poll, time, loser.Token) : Task.CompletedTask;
        }

        await Task.WhenAny(timed, wake);
        await loser.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunLaneAsync(ChatLane lane, BotIdentity bot, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                OutboxMessage? next;
                lock (_gate)
                {
                    next = lane.Peek();
                    if (next is null)
                    {
                        lane.Running = null;
                        return;
                    }
                }

                var message = next;
                var failure = await sender.SendAsync(next, lane.Pacer, bot, token => engine.Outbox.BeginAttemptAsync(message.Id, token), cancellationToken);
                var verdict = DeliveryVerdict.For(failure, next);

                // Once Telegram has answered, the outcome is recorded even while shutting down: a message it accepted
                // but we never marked would be sent again after the restart.
                await outcomes.RecordAsync(next, verdict, CancellationToken.None);
                lock (_gate)
                {
                    lane.Finish(next.Id);
                    _finishedAtRead[next.Id] = _reads;
                    if (verdict.Kind is VerdictKind.RetryLater or VerdictKind.Fatal)
                    {
                        lane.Block(time.GetUtcNow() + verdict.Delay);
                        lane.Running = null;
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what was not sent stays pending in the outbox for the next start.
            lock (_gate)
            {
                lane.Running = null;
            }
        }
        catch (Exception e)
        {
            LogLaneFailed(e, lane.ChatId);
            lock (_gate)
            {
                lane.Block(time.GetUtcNow() + AfterBug);
                lane.Running = null;
            }
        }
        finally
        {
            nudge.Pulse();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting from {Sends} messages sent to {Chats} chats in the last minute, which Telegram still counts")]
    private partial void LogRememberedSends(int sends, int chats);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering to chat {ChatId} failed unexpectedly; that chat waits a few seconds")]
    private partial void LogLaneFailed(Exception exception, string chatId);
}
