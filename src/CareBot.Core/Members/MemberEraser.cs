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
        foreach (var need in ctx.Session.Needs.Involving(member.Id))
        {
            var before = CommunityContext.ActiveHelpers(need);
            if (need.IsRequester(member.Id) && need.IsActive)
            {
                need.Cancel(ctx.Now);
                ctx.PostToGroup(new MessageBuilder().Bold($"#{need.Number}").Add(" was withdrawn.").Build(), []);
            }

            need.ForgetMember(member.Id);
            ctx.Save(need, before);
        }

        ctx.Session.Offers.DeleteByMember(member.Id);
        ctx.Session.Outbox.DeleteMentioning(member.Id);
        foreach (var identity in member.Identities)
        {
            ctx.Session.Cursors.Delete(CursorNames.Invited(identity.Ref));
        }

        ctx.Session.Members.Delete(member.Id);
        ctx.Set.RemoveMember(member.Id);
    }
}
