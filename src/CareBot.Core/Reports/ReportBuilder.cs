using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Needs;

namespace CareBot.Core.Reports;

/// <summary>Builds /map and /flow from the working set and the store.</summary>
internal static class ReportBuilder
{
    public const int BusiestFew = 3;

    /// <summary>
    /// Counts from the working set's running tallies (offers and offerers per category, open needs, who is
    /// paused or at their cap), so the map costs the same however many offers a community has.
    /// </summary>
    public static ResourceMap Map(CommunityContext ctx)
    {
        var set = ctx.Set;
        var paused = set.Members.Where(m => m.IsPaused(ctx.Now)).Select(m => m.Id).ToList();
        var busy = paused.Concat(set.MembersAtCap()).ToHashSet();
        var openNeeds = set.OpenNeedCategories;
        var needsByCategory = openNeeds.SelectMany(categories => categories).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var rows = ctx.Catalog.All(ctx.Agreements.Language)
            .Select(category =>
            {
                var people = set.OfferersIn(category.Id);
                var available = people.Count - busy.Count(people.Contains);
                return new ResourceMapRow(category, set.OffersInCategory(category.Id), people.Count, available, needsByCategory.GetValueOrDefault(category.Id));
            })
            .Where(row => row.Offers > 0 || row.OpenNeeds > 0)
            .OrderByDescending(row => row.IsGap).ThenByDescending(row => row.OpenNeeds).ThenByDescending(row => row.People)
            .ToList();
        // In the community's own time zone, so the date on the picture is the date where its members are.
        var at = TimeZoneInfo.ConvertTime(ctx.Now, TimeZones.FindOrUtc(ctx.Agreements.TimeZone));
        return new ResourceMap(ctx.Community.Name, set.Members.Count, paused.Count, set.ActiveOffers.Count, openNeeds.Count, rows, at);
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
