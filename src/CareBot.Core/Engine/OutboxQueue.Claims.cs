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

    /// <summary>
    /// As <see cref="BeginAttemptAsync(int, CancellationToken)"/>, after checking <paramref name="rules"/> in the same
    /// transaction: that the claim on the message is still this instance's (renewing it), and that the bot's sends,
    /// counted across instances, leave room for one more. Nothing is recorded when either fails.
    /// </summary>
    public async Task<AttemptStart> BeginAttemptAsync(int id, AttemptRules rules, CancellationToken cancellationToken)
    {
        var start = AttemptStart.Begun;
        await _gate.RunAheadAsync(() =>
        {
            _store.WriteDeferringFlush(session =>
            {
                if (session.Outbox.GetForChange(id) is not { } message)
                {
                    return false;
                }

                // Sends are counted with the others' recording held off, and the time is read only once they are: a moment
                // read before waiting could be older than a send another instance recorded meanwhile.
                var sent = rules.CountsShared ? session.Outbox.SentSinceExclusive(message.Platform, _time.GetUtcNow() - SendMemory - SendMemory) : [];
                var now = _time.GetUtcNow();
                start = Check(message, rules, sent, now);
                if (!start.IsBegun)
                {
                    return false;
                }

                if (rules.Claimant is { } instance)
                {
                    message.Claim(instance, now + rules.ClaimFor);
                }

                message.BeginAttempt(now);
                session.Outbox.Update(message);
                session.Outbox.RecordSend(new SendRecord(message.Destination, now));
                session.Outbox.ForgetSendsBefore(now - SendMemory);
                return true;
            });
            return true;
        }, cancellationToken);
        return start;
    }

    private static AttemptStart Check(OutboxMessage message, AttemptRules rules, IReadOnlyList<SendRecord> sent, DateTimeOffset now)
    {
        if (rules.Claimant is { } instance && !message.IsClaimedBy(instance, now))
        {
            return AttemptStart.ClaimLost;
        }

        if (!rules.CountsShared)
        {
            return AttemptStart.Begun;
        }

        // Only what the outbox remembers can be counted: a window longer than its memory is kept by each instance alone.
        var wait = TimeSpan.Zero;
        if (rules.Bot is { } bot && bot.Window <= SendMemory)
        {
            wait = Longer(wait, bot.WaitAmong([.. sent.Select(send => send.At)], now));
        }

        if (rules.Group is { } group && group.Window <= SendMemory && !message.Destination.IsDirect)
        {
            wait = Longer(wait, group.WaitAmong([.. sent.Where(send => send.ChatId == message.Destination.ChatId).Select(send => send.At)], now));
        }

        return wait > TimeSpan.Zero ? AttemptStart.OverBudget(wait) : AttemptStart.Begun;
    }

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
