using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Delivery.Lanes;
using CareBot.Delivery.Pacing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Delivery;

/// <summary>
/// Delivers the outbox to one platform: reads what is due, gives each destination its own lane (destinations are sent
/// to in parallel, each in order), paces every request by the platform's limits, and reports each outcome back to the
/// outbox only after the platform answered, so nothing is lost. One per platform (hence generic: the host runs one
/// service per type).
/// </summary>
public sealed partial class OutboxDeliveryService<TPlatform> : BackgroundService
    where TPlatform : IDeliveryPlatform
{
    private const int BatchSize = 1000;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BusyPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterBug = TimeSpan.FromSeconds(5);

    // A send is recorded just before its request; the platform counted it a little later, up to the call's deadline. A
    // restart counts each recorded send this much later than recorded, so it never lets the next one in early.
    private static readonly TimeSpan SeedMargin = TimeSpan.FromSeconds(1);

    private readonly CareEngine _engine;
    private readonly TPlatform _platform;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly DeliveryOutcomes _outcomes;
    private readonly DeliveryLimits _limits;
    private readonly SendWindowLimiter _bot;
    private readonly BotWideLimit<TPlatform>? _ownedBotWide;
    private readonly DeliveryOptions _options;
    private readonly AttemptRecorder _attempts;

    // Chats taken on per pass beside other instances: about what the bot may start sending in a second, so an instance
    // alone is not slowed, while instances polling side by side share a burst's chats instead of the first taking all.
    private readonly int _newDestinationsPerPass;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DestinationLane> _lanes = new(StringComparer.Ordinal);

    // A message finished while a read was under way may still show as pending in that read; it is skipped until a
    // read that started after it finished (see Accept).
    private readonly Dictionary<int, long> _finishedAtRead = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _sentBeforeStart = new(StringComparer.Ordinal);
    private long _reads;

    /// <param name="botWide">The platform's bot-wide limit, shared with its own requests outside the outbox; none: one of its own.</param>
    public OutboxDeliveryService(
        CareEngine engine,
        TPlatform platform,
        TimeProvider time,
        IOptions<DeliveryOptions> options,
        ILogger<OutboxDeliveryService<TPlatform>> logger,
        BotWideLimit<TPlatform>? botWide = null)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _engine = engine;
        _platform = platform;
        _time = time;
        _logger = logger;
        _limits = platform.Limits;
        _attempts = new AttemptRecorder(engine, time, _options, _limits);
        _outcomes = new DeliveryOutcomes(engine, platform, _attempts.Claimant, logger);
        _ownedBotWide = botWide is null ? new BotWideLimit<TPlatform>(() => platform.Limits.PerBot, time, options) : null;
        _bot = (botWide ?? _ownedBotWide!).Limiter;
        _newDestinationsPerPass = _limits.PerBot.IsLimited ? Math.Clamp(_limits.PerBot.Permits, 10, BatchSize) : BatchSize;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _platform.WaitUntilReadyAsync(stoppingToken);
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
                // Taken before reading what is due: a message committed after the read wakes the wait, and one committed
                // before it is in the read. Either way nothing waits for the next poll.
                var changed = _engine.Outbox.NextChange;
                var pass = Dispatch(stoppingToken);
                await WaitAsync(pass, changed, stoppingToken);
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
            await ReleaseClaimsAsync();
        }
    }

    /// <summary>Stopping: what this instance held goes to the others now rather than when its claims lapse.</summary>
    private async Task ReleaseClaimsAsync()
    {
        if (_attempts.Claimant is not { } instance)
        {
            return;
        }

        try
        {
            await _engine.Outbox.ReleaseClaimsAsync(_platform.Platform, instance, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogReleaseFailed(e, _platform.Platform, _options.ClaimSeconds);
        }
    }

    public override void Dispose()
    {
        lock (_gate)
        {
            foreach (var lane in _lanes.Values)
            {
                lane.Pacer.Dispose();
            }
        }

        _ownedBotWide?.Dispose();
        _attempts.Dispose();
        base.Dispose();
    }

    /// <summary>Hands what is due to the lanes; says whether anything is under way or held back by a blocked lane.</summary>
    private DispatchPass Dispatch(CancellationToken cancellationToken)
    {
        long read;
        lock (_gate)
        {
            read = ++_reads;
        }

        var due = _attempts.Claimant is { } instance
            ? _engine.Outbox.ClaimDue(_platform.Platform, instance, _options.ClaimFor, BatchSize, _newDestinationsPerPass)
            : _engine.Outbox.Due(_platform.Platform, BatchSize);
        var now = _time.GetUtcNow();
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
                // Taken here, under the lock every lane's first step waits for, so a post started in this pass can't reach
                // the bot's limit before the private messages written with it.
                lane.Running = RunLaneAsync(lane, lane.Pacer.PrivateMessagesComing(), cancellationToken);
            }

            foreach (var idle in _lanes.Where(pair => pair.Value.IsIdle(now)).Select(pair => pair.Key).ToList())
            {
                _lanes.Remove(idle, out var lane);
                lane!.Pacer.Dispose();
            }

            var busy = _lanes.Values.Any(lane => lane.Running is not null);
            var unblock = _lanes.Values.Where(lane => lane.IsBlocked(now)).Select(lane => lane.BlockedUntil).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            return new DispatchPass(busy, heldBack, unblock);
        }
    }

    /// <summary>Queues a due message on its destination's lane; false when it must wait (its lane is blocked, or it just finished).</summary>
    private bool Accept(OutboxMessage message, long read, DateTimeOffset now)
    {
        if (_finishedAtRead.TryGetValue(message.Id, out var finishedAt) && finishedAt >= read)
        {
            return false;
        }

        var address = message.Destination.ChatId;
        if (!_lanes.TryGetValue(address, out var lane))
        {
            var isGroup = !message.Destination.IsDirect;
            _lanes[address] = lane = new DestinationLane(address, backlog => new DestinationPacer(_limits, isGroup, _bot, _time, backlog));
            if (_sentBeforeStart.Remove(address, out var sent))
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
    /// What the last run handed to the platform in the past minute, as recorded in the outbox: the platform is still
    /// counting it, so the bot-wide window starts from it now and each destination's pacer when its lane opens.
    /// </summary>
    private void RememberRecentSends()
    {
        var recent = _engine.Outbox.RecentSends(_platform.Platform);
        foreach (var send in recent)
        {
            var at = send.At + SeedMargin;
            _bot.Seed(at);
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
            LogRememberedSends(_platform.Platform, recent.Count, _sentBeforeStart.Count);
        }
    }

    private async Task WaitAsync(DispatchPass pass, Task changed, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        if (!pass.Busy && !pass.HeldBack)
        {
            // Nothing under way: the outbox knows when the next message is due (a retry, quiet hours ending).
            wait = _engine.Outbox.UntilDue(_platform.Platform, IdleWait);
        }
        else
        {
            // Lanes at work: messages in flight still read as due, so look again shortly (or when a blocked lane opens).
            var untilUnblocked = pass.NextUnblock - _time.GetUtcNow();
            wait = untilUnblocked < BusyPoll ? untilUnblocked : BusyPoll;
        }

        if (_attempts.Claimant is not null && wait > _options.ClaimFor / 3)
        {
            // Each pass renews what this instance holds, so it passes often enough that no claim lapses while it lives.
            wait = _options.ClaimFor / 3;
        }

        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        // Whichever wait loses is cancelled, so a steady stream of changes leaves no timers behind.
        using var loser = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Task.Delay(wait, _time, loser.Token), changed);
        await loser.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunLaneAsync(DestinationLane lane, PrivateMessagesUnderWay? underWay, CancellationToken cancellationToken)
    {
        using var privateMessages = underWay;
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
                var turn = new DeliveryTurn(lane.Pacer, underWay, token => _attempts.BeginAsync(message.Id, token), _attempts.Answered);
                DeliveryVerdict verdict;
                try
                {
                    verdict = await _platform.SendAsync(_engine.Outbox.ReadyToSend(message), turn, cancellationToken);
                }
                catch (AlreadyDeliveredException)
                {
                    LogAlreadyDelivered(_platform.Platform, message.Id);
                    verdict = DeliveryVerdict.SentAs(message.DeliveredIds);
                }

                if (verdict.Kind == VerdictKind.Moved)
                {
                    await RecordMoveAsync(lane, message, verdict);
                    return;
                }

                if (verdict.Kind == VerdictKind.Sent && _attempts.Claimant is not null && message.DeliveredAt is null)
                {
                    await NoteDeliveredAsync(message, verdict);
                }

                // Once the platform has answered, the outcome is recorded even while shutting down: a message it accepted
                // but we never marked would be sent again after the restart.
                await _outcomes.RecordAsync(message, verdict, CancellationToken.None);
                lock (_gate)
                {
                    lane.Finish(message.Id);
                    _finishedAtRead[message.Id] = _reads;
                    if (verdict.Kind is VerdictKind.RetryLater or VerdictKind.Fatal)
                    {
                        // Refused credentials stay refused until the host restarts with new ones. A Fatal verdict has no
                        // delay, so blocking "until now" let the next read send this message again (and report the
                        // credentials again) every second until the host stopped; the lane stays shut instead.
                        lane.Block(verdict.Kind == VerdictKind.Fatal ? DateTimeOffset.MaxValue : _time.GetUtcNow() + verdict.Delay);
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
        catch (ClaimLostException)
        {
            // Another instance holds the destination now and sends what waits there; this lane lets it all go.
            LogClaimLost(_platform.Platform, lane.Destination);
            lock (_gate)
            {
                lane.Block(_time.GetUtcNow());
                lane.Running = null;
            }
        }
        catch (Exception e)
        {
            LogLaneFailed(e, _platform.Platform, lane.Destination);
            lock (_gate)
            {
                lane.Block(_time.GetUtcNow() + AfterBug);
                lane.Running = null;
            }
        }
    }

    /// <summary>
    /// Beside other instances: says at once that the platform accepted the message, before the mark as sent waits its turn
    /// among the store's writes, so that if this instance is killed meanwhile the next holder of the destination finishes
    /// the message instead of sending it again. Only narrows that window: a kill before this is on record still repeats it.
    /// </summary>
    private async Task NoteDeliveredAsync(OutboxMessage message, DeliveryVerdict verdict)
    {
        try
        {
            await _engine.Outbox.RecordDeliveredAsync(message.Id, verdict.PlatformMessageIds, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Only a shortcut: the mark as sent that follows is what counts.
            LogDeliveredNotNoted(e, _platform.Platform, message.Id);
        }
    }

    /// <summary>
    /// The group moved, and its old address is gone for good, so its lane is shut for good, before the move is recorded:
    /// it was going on to send what it still held to the old address, and a read racing the move can find these messages
    /// at either address. Shut, it leaves those read at the old address; once the move is recorded they wait at the new
    /// one, where the move's wake-up reads them into a new lane in outbox order. (This message is not marked finished, as
    /// others are: a read that skipped it would let later messages overtake it there.)
    /// </summary>
    private async Task RecordMoveAsync(DestinationLane lane, OutboxMessage message, DeliveryVerdict verdict)
    {
        lock (_gate)
        {
            lane.Block(DateTimeOffset.MaxValue);
        }

        await _outcomes.RecordAsync(message, verdict, CancellationToken.None);
        lock (_gate)
        {
            lane.Running = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: starting from {Sends} messages sent to {Chats} chats in the last minute, which the platform still counts")]
    private partial void LogRememberedSends(string platform, int sends, int chats);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: outbox message {MessageId} was accepted before an instance died; marked sent, not sent again")]
    private partial void LogAlreadyDelivered(string platform, int messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: could not note at once that outbox message {MessageId} was accepted; it is marked sent as usual")]
    private partial void LogDeliveredNotNoted(Exception exception, string platform, int messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: another instance took over delivering to {Destination}; it sends what waits there")]
    private partial void LogClaimLost(string platform, string destination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform}: stopping without letting go of this instance's chats; the others take them over when the claims lapse, within {Seconds} s")]
    private partial void LogReleaseFailed(Exception exception, string platform, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Platform}: delivering to {Destination} failed unexpectedly; it waits a few seconds")]
    private partial void LogLaneFailed(Exception exception, string platform, string destination);
}
