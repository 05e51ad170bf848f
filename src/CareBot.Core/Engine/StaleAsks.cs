using CareBot.Core.Needs;
using CareBot.Core.Outbox;

namespace CareBot.Core.Engine;

/// <summary>
/// Requests for help that would arrive too late: once a need has the helpers it asked for (or is done, withdrawn or
/// expired), every request about it still waiting in the outbox (for quiet hours, a digest, or a chat not yet open) is
/// taken back, so nobody is asked days later about help that was already found, with a live "I can help" button.
/// </summary>
internal static class StaleAsks
{
    public static void Withdraw(CommunityContext ctx, Need need)
    {
        foreach (var ask in ctx.Session.Outbox.AsksFor(need.Id).Where(a => a.Undelivered))
        {
            Drop(ctx, ask);
        }
    }

    /// <summary>Whether a request about to be released is still worth sending to its recipient.</summary>
    public static bool StillWanted(Need? need, int recipientId) =>
        need is { State: NeedState.Open } && !need.IsHelper(recipientId) && !need.HasPassed(recipientId);

    /// <summary>Deletes a request; one that was waiting for the member's quiet hours no longer holds a place in their day.</summary>
    public static void Drop(CommunityContext ctx, OutboxMessage ask)
    {
        if (ask.Status == OutboxStatus.Deferred && ask.AskedMemberId is { } id && ctx.Set.Member(id) is { } member)
        {
            member.EndDeferredAsk(ask.DeliverAfter);
            ctx.Save(member);
        }

        ctx.Session.Outbox.Delete(ask.Id);
    }
}
