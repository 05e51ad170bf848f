using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Engine;

/// <summary>Asks the next wave of matched members about a need, and tells the requester honestly when nobody is left.</summary>
internal static class NeedAsker
{
    /// <summary>Asks up to <paramref name="size"/> members; returns how many were asked.</summary>
    public static int AskWave(CommunityContext ctx, Need need, int size) => Ask(ctx, need, size, isNew: false);

    /// <summary>
    /// Asks the first wave about a need that is not stored yet, then stores it with the wave recorded: one
    /// write instead of an insert and an update, a good part of what posting a need costs the database.
    /// </summary>
    public static int AskFirstWave(CommunityContext ctx, Need need, int size) => Ask(ctx, need, size, isNew: true);

    private static int Ask(CommunityContext ctx, Need need, int size, bool isNew)
    {
        var before = CommunityContext.ActiveHelpers(need);
        var candidates = ctx.Services.Matcher.Rank(ctx.Set, need, ctx.Now, size);
        if (candidates.Count > 0 || ctx.Services.Matcher.AnyoneLater(ctx.Set, need, ctx.Now))
        {
            // With nobody to ask now but someone who fits and is only busy, the next wave tries again rather than giving up.
            need.RecordWave(candidates.Select(c => c.Member.Id), ctx.Now, TimeSpan.FromHours(ctx.Agreements.WaveHours));
        }
        else
        {
            need.MarkCandidatesExhausted();
        }

        if (isNew)
        {
            ctx.Add(need);
        }
        else
        {
            ctx.Save(need, before);
        }

        // Asked once the need is stored, so each request carries its need's id and can be withdrawn when help is found.
        foreach (var candidate in candidates)
        {
            ctx.Ask(candidate.Member, need, NeedCards.Ask(ctx, need, candidate.Member), OptionalId(need.RequesterId));
        }

        return candidates.Count;
    }

    /// <summary>A later wave found nobody: the requester hears it from the bot rather than from silence.</summary>
    public static void TellRequesterNobodyLeft(CommunityContext ctx, Need need)
    {
        var requester = need.RequesterId is { } id ? ctx.Set.Member(id) : null;
        if (requester is null)
        {
            return;
        }

        var message = new MessageBuilder()
            .Add("I've asked everyone whose offers match ").Bold($"#{need.Number}").Add(", and nobody has been able to take it yet. ")
            .Add("I'm sorry. It stays open in /needs and the weekly digest, and I'll tell anyone who offers something that fits.")
            .Line()
            .Button("Keep it open", $"/keep {need.Number}")
            .Button("Close it", $"/cancel {need.Number}")
            .Build();
        ctx.SendPrivately(requester, message, NotificationKind.Notice, []);
    }

    /// <summary>Whether someone asked about the need has not answered yet (neither claimed nor passed).</summary>
    public static bool AwaitingAnswers(CommunityContext ctx, Need need) =>
        need.AskedIds.Any(id => !need.HasPassed(id) && !need.IsHelper(id) && ctx.Set.Member(id) is not null);

    public static IEnumerable<int> OptionalId(int? id) => id is { } value ? [value] : [];
}
