using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Maps.Scene;

/// <summary>
/// How long bars are drawn. People and needs are counted in different things, so each has its own scale, and the
/// bars leave room at their ends for the longest number: every bar is labelled, so nobody has to read a length.
/// </summary>
internal sealed record BarScale(double MostPeople, double MostNeeds, float Area)
{
    /// <summary>A bar for anything above zero is at least this long, so it can be seen.</summary>
    private const float Shortest = 6;

    /// <summary>
    /// The smallest full scales: in a new group, "fewer than 3" offering or one open need is a short bar, not a full one
    /// that would read as plenty.
    /// </summary>
    private const double FewestPeopleForAFullBar = 10;
    private const double FewestNeedsForAFullBar = 5;

    public static BarScale For(IReadOnlyList<ResourceMapRow> rows)
    {
        var widest = rows
            .SelectMany(row => new[] { PeopleWords(row), NeedsWords(row) })
            .Select(words => TextFitter.Width(words, MapLayout.ValueSize, bold: false))
            .DefaultIfEmpty(0)
            .Max();
        var area = Math.Max(MapLayout.MinBarArea, MapLayout.Inner - widest - MapLayout.ValueGap);
        var mostPeople = rows.Select(row => new PeopleCount(row.People).BarValue).Append(FewestPeopleForAFullBar).Max();
        var mostNeeds = rows.Select(row => (double)row.OpenNeeds).Append(FewestNeedsForAFullBar).Max();
        return new BarScale(mostPeople, mostNeeds, area);
    }

    public float People(double value) => Length(value, MostPeople);

    public float Needs(double value) => Length(value, MostNeeds);

    /// <summary>
    /// "1,204 offering · 310 free" (the legend says free now). When fewer than 3 offer, how many of them are free is
    /// vaguer still ("free now" or "none free"): "fewer than 3 offering · fewer than 3 free" says nothing more, in twice the room.
    /// </summary>
    public static string PeopleWords(ResourceMapRow row)
    {
        var people = new PeopleCount(row.People);
        var free = new PeopleCount(row.AvailableNow);
        return people.IsVague
            ? $"{people.Number} offering · {(free.Exact > 0 ? "free now" : "none free")}"
            : $"{people.Number} offering · {free.Number} free";
    }

    public static string NeedsWords(ResourceMapRow row) => row.OpenNeeds == 0 ? "no open needs" : Counted.Of(row.OpenNeeds, "open need", "open needs");

    private float Length(double value, double most) =>
        value <= 0 || most <= 0 ? 0 : Math.Max(Shortest, (float)(value / most * Area));
}
