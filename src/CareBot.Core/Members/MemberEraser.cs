using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Members;

/// <summary>
/// Erases a member from one community: offers, profile, every outbox message to or about them, and their
/// place in needs (their own open needs are withdrawn, past ones stay unattributed so others' history holds).
/// </summary>
internal static class MemberEraser
{
    public static void Erase(CommunityContext ctx, Member member)
    {
        foreach (var need in ctx.Session.Needs.Involving(member.Id, member.CommunityId))
        {
            var before = CommunityContext.ActiveHelpers(need);
            if (need.IsRequester(member.Id) && need.IsActive)
            {
                need.Cancel(ctx.Now);
                ctx.PostToGroup(new MessageBuilder().Bold($"#{need.Number}").Add(" was withdrawn.").Build(), []);
                Tell(ctx, before.Where(id => id != member.Id), new MessageBuilder()
                    .Bold($"#{need.Number}").Add(" was withdrawn, so you don't need to help with it any more. Thank you for offering.").Build());
            }
            else if (need.IsHelper(member.Id) && need.IsActive)
            {
                // Their commitment goes with them: a need they were helping with looks for help again, and its requester knows.
                need.Pass(member.Id, ctx.Now);
                Tell(ctx, NeedAsker.OptionalId(need.RequesterId), new MessageBuilder()
                    .Add("One of the helpers on ").Bold($"#{need.Number}").Add(" is no longer available. ")
                    .Add(need.State == Needs.NeedState.Open ? "It's open again and I'm asking others." : "Your other helpers are still on it.").Build());
            }

            need.ForgetMember(member.Id);
            ctx.Save(need, before);
        }

        ctx.Session.Offers.DeleteByMember(member.Id);
        ctx.Session.Outbox.DeleteMentioning(member.Id);
        foreach (var identity in member.Identities)
        {
            ctx.Session.Cursors.Delete(CursorNames.Invited(identity.Ref));
            ctx.Session.Cursors.Delete(CursorNames.WaitingNotice(identity.Ref));
            ctx.Session.Cursors.Delete(CursorNames.CommunityChoice(identity.Ref));
            ctx.Session.Cursors.Delete(CursorNames.PrivateChatOpen(identity.Ref));
            ctx.Session.Cursors.Delete(CursorNames.RecentUpdates(identity.Ref));
            Linking.LinkTickets.Cancel(ctx.Session, Linking.LinkTicket.SubjectOf(identity.Ref));
        }

        ctx.Session.Members.Delete(member.Id);
        ctx.Set.RemoveMember(member.Id);

        // Deleted must mean gone from the files too, not only from what a query can find.
        ctx.Session.EraseTracesOnCommit();
    }

    /// <summary>A notice that names nobody, so it outlives the erasure it reports.</summary>
    private static void Tell(CommunityContext ctx, IEnumerable<int> memberIds, OutgoingMessage message)
    {
        foreach (var recipient in memberIds.Select(ctx.Set.Member).OfType<Member>())
        {
            ctx.SendPrivately(recipient, message, NotificationKind.Notice, []);
        }
    }
}
