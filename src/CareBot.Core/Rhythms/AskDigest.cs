using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;

namespace CareBot.Core.Rhythms;

/// <summary>
/// A member on <c>/me notify digest</c> hears of needs once a day, in one message: every request that waited for their
/// evening and still stands becomes one line with its own buttons, instead of a string of separate asks at 18:00.
/// Each need still counts towards their day's requests as it would have alone; nothing at all is sent when none fits.
/// </summary>
internal static class AskDigest
{
    public static void Combine(CommunityContext ctx, Member member, IReadOnlyList<OutboxMessage> asks)
    {
        var needs = asks
            .Select(ask => (Ask: ask, Need: ask.AsksForNeedId is { } id ? ctx.Session.Needs.Get(id) : null))
            .Where(x => x.Need is not null)
            .OrderBy(x => x.Need!.Number)
            .ToList();
        if (needs.Count < 2)
        {
            return;
        }

        var digest = new MessageBuilder()
            .Add("🌙 ").Bold($"Your digest from {ctx.Community.Name}").Add($": {Words.Count(needs.Count, "need")} that fit what you offered.").Line();
        foreach (var (ask, need) in needs)
        {
            digest.Bold($"#{need!.Number}").Add(" ").Add(NeedCards.Requester(ctx, need, member.Id)).Add(": ").Quote(NeedCards.Clip(need.Text, 200)).Line()
                .Italic(NeedCards.Details(ctx, need)).Line()
                .Button($"I can help with #{need.Number}", $"/claim {need.Number}")
                .Button($"Not #{need.Number} this time", $"/pass {need.Number}");
            ctx.Session.Outbox.Delete(ask.Id);
        }

        digest.Line("No pressure: pass on any of them and I'll ask someone else.");
        var about = needs.SelectMany(x => x.Ask.MemberIds).Where(id => id != member.Id).Distinct();
        ctx.SendPrivately(member, digest.Build(), NotificationKind.Answer, about);
    }
}
