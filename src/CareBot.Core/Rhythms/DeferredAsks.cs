using CareBot.Core.Engine;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;

namespace CareBot.Core.Rhythms;

/// <summary>
/// Decides a request for help that waited for someone's quiet hours or evening digest as if it were asked now, because
/// meanwhile they may have taken a break, turned requests off, reached their cap, had today's share of requests, or moved
/// their quiet hours or time zone. Then it is dropped or waits on; otherwise it goes out and counts towards today.
/// </summary>
internal static class DeferredAsks
{
    /// <returns>The member, when the request goes out now; null when it was dropped or waits on.</returns>
    public static Member? Decide(CommunityContext ctx, OutboxMessage ask)
    {
        var member = ctx.Set.MemberFor(new UserRef(ask.Platform, ask.Destination.ChatId));
        if (member is null)
        {
            ctx.Session.Outbox.Delete(ask.Id);
            return null;
        }

        // What it asks about is checked again too: help may have been found while it waited.
        var need = ask.AsksForNeedId is { } needId ? ctx.Session.Needs.Get(needId) : null;
        if (ask.AsksForNeedId is not null && !StaleAsks.StillWanted(need, member.Id))
        {
            StaleAsks.Drop(ctx, ask);
            return null;
        }

        var heldUntil = ask.DeliverAfter;
        var available = Matcher.Availability(ctx.Set, member, ctx.Now) == ExclusionReason.None;
        var quietUntil = ctx.AfterQuietHours(member, ctx.Now);
        if (available && quietUntil > ctx.Now)
        {
            ask.Defer(quietUntil);
            member.PostponeDeferredAsk(heldUntil, quietUntil);
        }
        else
        {
            // Their own held request no longer counts against today: whether today has room for it is the question.
            member.EndDeferredAsk(heldUntil);
            if (!available || Matcher.PastDailyLimit(member, ctx.Agreements, ctx.Now))
            {
                ctx.Session.Outbox.Delete(ask.Id);
                ctx.Save(member);
                return null;
            }

            member.RecordAsked(ctx.Now, Matcher.LocalDay(member, ctx.Agreements, ctx.Now));
            ask.Release(ctx.Now);
            if (need is not null)
            {
                // Their time to answer starts now, when the request reaches them, not when it was written.
                need.WaitForAnswerFrom(ctx.Now, TimeSpan.FromHours(ctx.Agreements.WaveHours));
                ctx.Save(need, CommunityContext.ActiveHelpers(need));
            }
        }

        ctx.Session.Outbox.Update(ask);
        ctx.Save(member);
        return ask.Status == OutboxStatus.Pending ? member : null;
    }
}
