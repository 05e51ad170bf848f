using System.Globalization;
using CareBot.Core.Messages;
using CareBot.Core.Reports;
using CareBot.Maps.Drawing;

namespace CareBot.Maps.Scene;

/// <summary>What the picture is and when: "Resource map · 2 December 2026", the community's name, and its totals.</summary>
internal static class HeaderPart
{
    public static void Write(SceneWriter writer, ResourceMap map)
    {
        var date = map.At.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        writer.Line($"Resource map · {date}", MapLayout.HeadingSize, bold: false, MapColours.Muted, SceneRole.Heading);
        writer.Line(Name(map.CommunityName), MapLayout.TitleSize, bold: true, MapColours.Text, SceneRole.Title);
        writer.Y += 2;
        writer.Line($"{Members(map.Members)} · {OnBreak(map.MembersOnBreak)}", MapLayout.SummarySize, bold: false, MapColours.Text, SceneRole.Summary);
        var gaps = map.Gaps.Count();
        var totals = $"{Counted.Of(map.ActiveOffers, "offer", "offers")} · {Counted.Of(map.OpenNeeds, "open need", "open needs")}"
            + (gaps > 0 ? $" · {Counted.Of(gaps, "gap", "gaps")}" : "");
        writer.Line(totals, MapLayout.SummarySize, bold: false, MapColours.Text, SceneRole.Summary);
    }

    /// <summary>A name drawn in nothing but emoji would vanish (the font has none): the picture then says whose map it is in words.</summary>
    private static string Name(string name) => TextFitter.Drawable(name, bold: true).Length > 0 ? name : "Your group";

    // The same words as the text, by the same rule: a count of people never goes below 3.
    private static string Members(int count) =>
        count >= Words.SmallestCrowd ? Counted.Of(count, "member", "members") : $"fewer than {Words.SmallestCrowd} members";

    private static string OnBreak(int count) => count == 0 ? "nobody on a break" : $"{new PeopleCount(count).Number} on a break";
}
