using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Rhythms;

/// <summary>What happens to a need with time: the next wave, "still needed?", expiry, and "did it happen?".</summary>
internal static class NeedRhythms
{
    public static void Run(CommunityContext ctx, Need need)
    {
        var before = CommunityContext.ActiveHelpers(need);
        if (need.State == NeedState.Open && need.ExpiresAt <= ctx.Now)
        {
            need.Expire(ctx.Now);
            ctx.Save(need, before);
            Tell(ctx, need, new MessageBuilder()
                .Bold($"#{need.Number}").Add($" has closed after {ctx.Agreements.NeedExpiryDays} days without a helper. I'm sorry it didn't work out this time. ")
                .Add("You can ask again whenever you like with /need.").Build());
            return;
        }

        if (need.State == NeedState.Open && need.StillNeededAt <= ctx.Now)
        {
            need.MarkStillNeededAsked();
            ctx.Save(need, before);
            Tell(ctx, need, new MessageBuilder()
                .Add("Is ").Bold($"#{need.Number}").Add(" still needed? ").Quote(NeedCards.Clip(need.Text, 160)).Line()
                .Button("Keep it open", $"/keep {need.Number}")
                .Button("Close it", $"/cancel {need.Number}")
                .Build());
        }

        if (need.State == NeedState.Open && need.NextWaveAt <= ctx.Now && !WaitingToBeDelivered(ctx, need, before))
        {
            if (NeedAsker.AskWave(ctx, need, ctx.Agreements.FirstWaveSize) == 0 && need.CandidatesExhausted)
            {
                NeedAsker.TellRequesterNobodyLeft(ctx, need);
            }
        }

        if (need.State == NeedState.Claimed && need.FollowUpAt <= ctx.Now)
        {
            need.MarkFollowUpAsked(ctx.Now);
            ctx.Save(need, before);
            var question = new MessageBuilder()
                .Add("Did ").Bold($"#{need.Number}").Add(" happen? ").Quote(NeedCards.Clip(need.Text, 160)).Line()
                .Button("Yes, it's done", $"/done {need.Number}")
                .Button("Not yet", $"/notyet {need.Number}")
                .Button("It fell through", $"/fellthrough {need.Number}")
                .Build();
            Tell(ctx, need, question);
            foreach (var helper in need.HelperIds.Select(ctx.Set.Member).OfType<Members.Member>())
            {
                ctx.SendPrivately(helper, question, NotificationKind.Notice, NeedAsker.OptionalId(need.RequesterId));
            }
        }
    }

    /// <summary>
    /// Requests of an earlier wave still waiting for someone's quiet hours or digest have not reached them yet: the wave
    /// waits until those arrive and have their whole window. Requests held for a chat that was never opened don't hold
    /// it up; those people may never be reachable.
    /// </summary>
    private static bool WaitingToBeDelivered(CommunityContext ctx, Need need, IReadOnlyList<int> before)
    {
        var waiting = ctx.Session.Outbox.AsksFor(need.Id)
            .Where(a => a.Status == Outbox.OutboxStatus.Deferred || (a.Status == Outbox.OutboxStatus.Pending && a.AttemptedAt is null))
            .Select(a => a.DeliverAfter).ToList();
        if (waiting.Count == 0)
        {
            return false;
        }

        var latest = waiting.Max();
        need.WaitForAnswerFrom(latest > ctx.Now ? latest : ctx.Now, TimeSpan.FromHours(ctx.Agreements.WaveHours));
        ctx.Save(need, before);
        return true;
    }

    private static void Tell(CommunityContext ctx, Need need, OutgoingMessage message)
    {
        if (need.RequesterId is { } id && ctx.Set.Member(id) is { } requester)
        {
            ctx.SendPrivately(requester, message, NotificationKind.Notice, []);
        }
    }
}
