using CareBot.Core.Outbox;

namespace CareBot.Core.Engine;

/// <summary>The outbox for one of several instances sharing a store: claims on destinations, and the bot's sends counted across instances.</summary>
public sealed partial class OutboxQueue
{
    /// <summary>
    /// Claims for <paramref name="instance"/>, for <paramref name="claimFor"/>, what is due for the platform in every
    /// destination no other instance holds (taking on at most <paramref name="newDestinations"/> it did not hold), renews
    /// what it holds, and returns the due messages it holds now.
    /// </summary>
    public IReadOnlyList<OutboxMessage> ClaimDue(string platform, string instance, TimeSpan claimFor, int max, int newDestinations)
    {
        IReadOnlyList<OutboxMessage> claimed = [];
        var now = _time.GetUtcNow();
        _store.Write(session =>
        {
            claimed = session.Outbox.ClaimDue(platform, instance, now, now + claimFor, max, newDestinations);
            return true;
        });
        return claimed;
    }

    /// <summary>Gives up everything <paramref name="instance"/> holds of a platform (it is stopping): the others take it at once.</summary>
    public Task ReleaseClaimsAsync(string platform, string instance, CancellationToken cancellationToken) =>
        _gate.RunAheadAsync(() =>
        {
            _store.Write(session =>
            {
                session.Outbox.ReleaseClaims(platform, instance, chatId: null);
                return true;
            });
            return true;
        }, cancellationToken);

    /// <summary>As below, with no answers to report.</summary>
    public Task<AttemptStart> BeginAttemptAsync(int id, AttemptRules rules, CancellationToken cancellationToken) =>
        BeginAttemptAsync(id, rules, [], cancellationToken);

    /// <summary>
    /// As <see cref="BeginAttemptAsync(int, CancellationToken)"/>, after checking <paramref name="rules"/> in the same
    /// transaction: that the claim on the message is still this instance's (renewing it), and that the bot's sends,
    /// counted across instances, leave room for one more. Nothing is recorded when either fails, but the
    /// <paramref name="answers"/> this instance heard since its last attempt are, first: each of its sends counts as made
    /// now until its answer is on record.
    /// </summary>
    public async Task<AttemptStart> BeginAttemptAsync(int id, AttemptRules rules, IReadOnlyList<SendAnswer> answers, CancellationToken cancellationToken)
    {
        var start = AttemptStart.Begun;
        await _gate.RunAheadAsync(() =>
        {
            _store.WriteDeferringFlush(session =>
            {
                session.Outbox.AnswerSends(answers);
                if (session.Outbox.GetForChange(id) is not { } message)
                {
                    return answers.Count > 0;
                }

                // Sends are counted with the others' recording held off, and the time is read only once they are: a moment
                // read before waiting could be older than a send another instance recorded meanwhile.
                var sent = rules.CountsShared ? session.Outbox.SentSinceExclusive(message.Platform, _time.GetUtcNow() - SendMemory - SendMemory) : [];
                var now = _time.GetUtcNow();
                start = Check(message, rules, sent, now);
                if (!start.IsBegun)
                {
                    return answers.Count > 0;
                }

                if (rules.Claimant is { } instance)
                {
                    message.Claim(instance, now + rules.ClaimFor);
                }

                message.BeginAttempt(now);
                session.Outbox.Update(message);
                var send = new SendRecord(message.Destination, now);
                session.Outbox.RecordSend(send);
                session.Outbox.ForgetSendsBefore(now - SendMemory);
                start = start with { SendId = send.Id };
                return true;
            });
            return true;
        }, cancellationToken);
        return start;
    }

    /// <summary>
    /// Notes, at once and outside the engine's turns, that the platform accepted the message (several instances share the
    /// store): if this instance dies before <see cref="MarkSentAsync(int, IReadOnlyList{string}, string?, CancellationToken)"/>
    /// is on record, the next holder of the destination finishes it instead of sending it again.
    /// </summary>
    public Task RecordDeliveredAsync(int id, IReadOnlyList<string> platformIds, CancellationToken cancellationToken) =>
        _store.RecordDeliveredAsync(id, platformIds, _time.GetUtcNow(), cancellationToken);

    private static AttemptStart Check(OutboxMessage message, AttemptRules rules, IReadOnlyList<SendRecord> sent, DateTimeOffset now)
    {
        if (rules.Claimant is { } instance && !message.IsClaimedBy(instance, now))
        {
            return AttemptStart.ClaimLost;
        }

        if (message.DeliveredAt is not null)
        {
            return AttemptStart.AlreadyDelivered;
        }

        if (!rules.CountsShared)
        {
            return AttemptStart.Begun;
        }

        // Only what the outbox remembers can be counted: a window longer than its memory is kept by each instance alone.
        // Each send counts from when the platform may have counted it (its answer, or now while it is under way), not
        // from when it was recorded: a request made late by a busy or stalled instance still lands in the right window.
        var wait = TimeSpan.Zero;
        if (rules.Bot is { } bot && bot.Window <= SendMemory)
        {
            wait = Longer(wait, bot.WaitAmong([.. sent.Select(send => send.CountedAt(now, InFlightCeiling)).Order()], now));
        }

        if (rules.Group is { } group && group.Window <= SendMemory && !message.Destination.IsDirect)
        {
            wait = Longer(wait, group.WaitAmong([.. sent.Where(send => send.ChatId == message.Destination.ChatId).Select(send => send.CountedAt(now, InFlightCeiling)).Order()], now));
        }

        return wait > TimeSpan.Zero ? AttemptStart.OverBudget(wait) : AttemptStart.Begun;
    }

    // How long a send with no answer on record counts as under way: its instance answers it long before (or was killed,
    // and what it had written to the network reaches the platform within moments or not at all). Long enough for a busy
    // instance to get its answer on record; short enough that a killed one's last sends do not hold the budget for long.
    private static readonly TimeSpan InFlightCeiling = TimeSpan.FromSeconds(5);

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
