using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Storage;

namespace CareBot.Core.Rhythms;

/// <summary>
/// Runs everything that happens with time, in small transactions: need rhythms, requests held for quiet hours, weekly
/// digests, check-ins, the 90-day question on offers, and erasing messages that failed for good a week ago. Safe to call
/// as often as you like.
/// </summary>
public sealed class RhythmRunner
{
    private const int Batch = 100;
    private static readonly TimeSpan KeepFailedMessages = TimeSpan.FromDays(7);

    private readonly ICareStore _store;
    private readonly TimeProvider _time;
    private readonly EngineGate _gate;
    private readonly OutboxSignal _signal;
    private readonly WorkingSetCache _sets;
    private readonly EngineServices _services;

    internal RhythmRunner(ICareStore store, TimeProvider time, EngineGate gate, OutboxSignal signal, WorkingSetCache sets, EngineServices services)
    {
        _store = store;
        _time = time;
        _gate = gate;
        _signal = signal;
        _sets = sets;
        _services = services;
    }

    /// <summary>Runs what is due now; returns how many items were handled.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int handled;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            handled = await _gate.RunAsync(RunOneBatch, cancellationToken);
            total += handled;
        }
        while (handled >= Batch);

        if (total > 0)
        {
            _signal.Pulse();
        }

        return total;
    }

    private int RunOneBatch()
    {
        var now = _time.GetUtcNow();
        var handled = 0;
        try
        {
            _store.WriteDeferringFlush(session =>
            {
                foreach (var need in session.Needs.RhythmDue(now, Batch))
                {
                    NeedRhythms.Run(Context(session, need.CommunityId, now), need);
                    handled++;
                }

                var digests = new Dictionary<int, (CommunityContext Context, Member Member, List<OutboxMessage> Asks)>();
                foreach (var ask in session.Outbox.DeferredDue(now, Batch))
                {
                    // A request for help always belongs to the community of its need.
                    var ctx = Context(session, ask.CommunityId!.Value, now);
                    if (DeferredAsks.Decide(ctx, ask) is { Notify: NotificationMode.Digest } member)
                    {
                        var digest = digests.TryGetValue(member.Id, out var found) ? found : (ctx, member, []);
                        digest.Asks.Add(ask);
                        digests[member.Id] = digest;
                    }

                    handled++;
                }

                foreach (var (ctx, member, asks) in digests.Values)
                {
                    AskDigest.Combine(ctx, member, asks);
                }

                foreach (var community in session.Communities.DigestsDue(now))
                {
                    WeeklyDigest.Post(Context(session, community.Id, now));
                    handled++;
                }

                handled += CheckIns(session, now) + StaleOffers(session, now);
                session.Outbox.PurgeFailed(now - KeepFailedMessages);
                return true;
            });
        }
        catch
        {
            _sets.Clear();
            throw;
        }

        return handled;
    }

    private int CheckIns(IStoreSession session, DateTimeOffset now)
    {
        var due = session.Members.CheckInsDue(now).Take(Batch).ToList();
        foreach (var stored in due)
        {
            var ctx = Context(session, stored.CommunityId, now);
            var member = ctx.Set.Member(stored.Id)!;
            member.ScheduleNextCheckIn(now.AddDays(7));
            ctx.Save(member);
            ctx.SendPrivately(member, new MessageBuilder()
                .Line("How are you doing this week?")
                .Button("Doing OK", "/checkin ok")
                .Button("Could use support", "/checkin support")
                .Build(), NotificationKind.Notice, []);
        }

        return due.Count;
    }

    private int StaleOffers(IStoreSession session, DateTimeOffset now)
    {
        var stale = session.Offers.StillOnDue(now, Batch);
        foreach (var stored in stale)
        {
            var ctx = Context(session, stored.CommunityId, now);
            var offer = ctx.Set.Offer(stored.Id) ?? stored;
            var owner = ctx.Set.Member(offer.MemberId);
            if (offer.AwaitsStillOnAnswer)
            {
                offer.Fade(now);
                ctx.Save(offer);
                if (owner is not null)
                {
                    ctx.SendPrivately(owner, new MessageBuilder()
                        .Add("I didn't hear back about your offer, so I've stopped asking you about needs for it: ").Quote(NeedCards.Clip(offer.Text, 200)).Line()
                        .Add("If it still stands, one tap brings it back.").Line()
                        .Button("It's still on", $"/stillon {offer.Id}")
                        .Build(), NotificationKind.Notice, []);
                }

                continue;
            }

            offer.AskedIfStillOn(now, ctx.Agreements.OfferFadeDays);
            ctx.Save(offer);
            if (owner is not null)
            {
                ctx.SendPrivately(owner, new MessageBuilder()
                    .Add("Is this still on offer? ").Quote(NeedCards.Clip(offer.Text, 200)).Line()
                    .Button("Yes, keep it", $"/stillon {offer.Id}")
                    .Button("Withdraw it", $"/withdraw {offer.Id}")
                    .Build(), NotificationKind.Notice, []);
            }
        }

        return stale.Count;
    }

    private CommunityContext Context(IStoreSession session, int communityId, DateTimeOffset now) =>
        new(session, _sets.Get(session, communityId), now, _services);
}
