using CareBot.Core.Categories;
using CareBot.Core.Reports;

namespace CareBot.Maps.Tests.Support;

/// <summary>Resource maps of the sizes the picture must cope with: empty, small, typical, and absurdly many categories.</summary>
public static class MapSamples
{
    public static readonly DateTimeOffset Day = new(2026, 12, 2, 18, 30, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<Category> Catalog = CategoryCatalog.Default.All();

    public static ResourceMap Empty(string name = "Riverside") => new(name, 2, 0, 0, 0, [], Day);

    /// <summary>Eight people just starting: a few offers, one gap, counts small enough to be said vaguely.</summary>
    public static ResourceMap Small() => new("Maple Street", 8, 1, 6, 3,
    [
        Row(CategoryIds.Pets, offers: 0, people: 0, free: 0, needs: 1),
        Row(CategoryIds.Transport, offers: 3, people: 3, free: 2, needs: 1),
        Row(CategoryIds.Meals, offers: 2, people: 2, free: 1, needs: 1),
        Row(CategoryIds.Tech, offers: 1, people: 1, free: 1, needs: 0),
    ], Day);

    /// <summary>A neighbourhood of 64 a few months in: the picture in the README.</summary>
    public static ResourceMap Neighbourhood() => new("Linden Road Neighbours", 64, 5, 71, 14,
    [
        Row(CategoryIds.Eldercare, offers: 0, people: 0, free: 0, needs: 2),
        Row(CategoryIds.Transport, offers: 14, people: 12, free: 9, needs: 4),
        Row(CategoryIds.Meals, offers: 11, people: 9, free: 7, needs: 3),
        Row(CategoryIds.Errands, offers: 9, people: 8, free: 5, needs: 2),
        Row(CategoryIds.Listening, offers: 6, people: 6, free: 6, needs: 1),
        Row(CategoryIds.Pets, offers: 4, people: 2, free: 1, needs: 1),
        Row(CategoryIds.HomeRepair, offers: 7, people: 5, free: 2, needs: 1),
        Row(CategoryIds.Tech, offers: 8, people: 7, free: 4, needs: 0),
        Row(CategoryIds.Childcare, offers: 5, people: 4, free: 1, needs: 0),
        Row(CategoryIds.Goods, offers: 6, people: 6, free: 5, needs: 0),
        Row(CategoryIds.Language, offers: 1, people: 1, free: 1, needs: 0),
    ], Day);

    /// <summary>A lived-in community of 10,000: every built-in category offered, some gaps, hundreds of open needs.</summary>
    public static ResourceMap Typical()
    {
        var random = new Random(12);
        var rows = Catalog.Select((category, i) => i is 5 or 11
            ? new ResourceMapRow(category, 0, 0, 0, random.Next(3, 30))
            : new ResourceMapRow(category, random.Next(400, 6000), random.Next(300, 4000), 0, random.Next(0, 120)))
            .Select(row => row with { AvailableNow = row.People * 2 / 3 })
            .ToList();
        return new ResourceMap("East Riverside Mutual Aid", 10_000, 412, 50_000, 500, rows, Day);
    }

    /// <summary>200 categories, most of them an admin's own with long names, a third of them gaps.</summary>
    public static ResourceMap Crowded()
    {
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var category = i < Catalog.Count
                ? Catalog[i]
                : new Category($"custom-{i}", $"custom category number {i} with a rather long name for a phone screen", "•");
            return i % 3 == 0
                ? new ResourceMapRow(category, 0, 0, 0, 1 + (i % 7))
                : new ResourceMapRow(category, 1 + (i % 11), 1 + (i % 9), i % 4, i % 5);
        }).ToList();
        return new ResourceMap("A network with very many categories and an unusually long name for a group", 4_200, 37, 9_000, 600, rows, Day);
    }

    public static ResourceMapRow Row(string category, int offers, int people, int free, int needs) =>
        new(CategoryCatalog.Default.Find(category), offers, people, free, needs);
}
