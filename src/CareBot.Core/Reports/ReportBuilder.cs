using CareBot.Core.Engine;
using CareBot.Core.Needs;

namespace CareBot.Core.Reports;

/// <summary>Builds /map and /flow from the working set and the store.</summary>
internal static class ReportBuilder
{
    public const int BusiestFew = 3;

    public static ResourceMap Map(CommunityContext ctx)
    {
        var offersByCategory = new Dictionary<string, (int Offers, HashSet<int> People)>();
        foreach (var offer in ctx.Set.ActiveOffers)
        {
            foreach (var category in offer.Categories)
            {
                if (!offersByCategory.TryGetValue(category, out var entry))
                {
                    offersByCategory[category] = entry = (0, []);
                }

                entry.People.Add(offer.MemberId);
                offersByCategory[category] = (entry.Offers + 1, entry.People);
            }
        }

        var openNeeds = ctx.Session.Needs.Active(ctx.Community.Id).Where(n => n.State == NeedState.Open).ToList();
        var needsByCategory = openNeeds.SelectMany(n => n.Categories).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var rows = ctx.Catalog.All(ctx.Agreements.Language)
            .Select(category =>
            {
                var (offers, people) = offersByCategory.GetValueOrDefault(category.Id, (0, []));
                var available = people.Count(id => ctx.Set.Member(id) is { } m && !m.IsPaused(ctx.Now) && ctx.Set.CommitmentsOf(id) < m.Cap);
                return new ResourceMapRow(category, offers, people.Count, available, needsByCategory.GetValueOrDefault(category.Id));
            })
            .Where(row => row.Offers > 0 || row.OpenNeeds > 0)
            .OrderByDescending(row => row.IsGap).ThenByDescending(row => row.OpenNeeds).ThenByDescending(row => row.People)
            .ToList();
        return new ResourceMap(
            ctx.Community.Name,
            ctx.Set.Members.Count,
            ctx.Set.Members.Count(m => m.IsPaused(ctx.Now)),
            ctx.Set.ActiveOffers.Count,
            openNeeds.Count,
            rows,
            ctx.Now);
    }

    public static IReadOnlyList<FlowWindow> Flow(CommunityContext ctx, params int[] windows)
    {
        var longest = windows.Max();
        var done = ctx.Session.Needs.DoneSince(ctx.Community.Id, ctx.Now.AddDays(-longest));
        return [.. windows.Select(days => Window(done.Where(n => n.ClosedAt >= ctx.Now.AddDays(-days)).ToList(), days))];
    }

    private static FlowWindow Window(List<Need> met, int days)
    {
        var helps = met.SelectMany(n => n.HelperIds).GroupBy(id => id).Select(g => g.Count()).OrderDescending().ToList();
        var total = helps.Sum();
        var busiest = helps.Take(BusiestFew).Sum();
        var helped = met.Select(n => n.RequesterId).Distinct().Count();
        return new FlowWindow(days, met.Count, helps.Count, helped, Math.Min(BusiestFew, helps.Count), total == 0 ? 0 : (double)busiest / total);
    }
}
