using System.Globalization;
using CareBot.Core.Messages;

namespace CareBot.Core.Engine;

/// <summary>
/// The group's needs-per-day agreement: past it a member's next need is not posted, and only they are told, kindly,
/// when they can post again. It counts every need they started in the last 24 hours, anonymous or withdrawn ones too,
/// and it is checked after the words were read for danger, so someone in crisis still gets the emergency numbers first.
/// </summary>
internal static class NeedFlood
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static Problem? Refusal(CommandContext ctx)
    {
        var since = ctx.Now - Day;
        var recent = ctx.Session.Needs.ByRequester(ctx.Actor.Id).Where(n => n.CreatedAt > since).Select(n => n.CreatedAt).Order().ToList();
        var limit = ctx.Agreements.NeedsPerDay;
        if (recent.Count < limit)
        {
            return null;
        }

        // The day frees up one need at a time: the first of the last `limit` posted is the one that runs out first.
        var freeAt = TimeZoneInfo.ConvertTime(recent[^limit] + Day, ctx.ZoneOf(ctx.Actor));
        var when = freeAt.ToString("ddd HH:mm", CultureInfo.InvariantCulture);
        return new Problem(
            $"You've posted {Words.Count(recent.Count, "need")} since this time yesterday, which is as many as {ctx.Community.Name} " +
            $"agreed one person posts in a day, so I haven't posted this one. The ones you posted are still there for people to see (/mine). " +
            $"You can post again from {when}. If it can't wait, say so in the group, and if someone is in danger, call your emergency number.")
        {
            OnlyToThePerson = true,
        };
    }
}
