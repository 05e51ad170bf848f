using CareBot.Core.Messages;
using CareBot.Core.Reports;
using CareBot.Maps.Scene;

namespace CareBot.Maps;

/// <summary>One sentence saying what the picture shows, for screen readers where the platform takes alt text.</summary>
internal static class MapAltText
{
    /// <summary>Discord's limit on an attachment's description.</summary>
    public const int MaxLength = 1024;

    public static string For(ResourceMap map, MapScene scene)
    {
        if (scene.Shown.Count == 0)
        {
            return $"Resource map of {map.CommunityName}: nothing on it yet.";
        }

        var gaps = scene.Shown.Where(c => c.IsGap).Select(c => c.Name).ToList();
        var text = $"Bar chart, the resource map of {map.CommunityName}: people offering and open needs in {Words.Count(scene.Shown.Count, "category")}"
            + (gaps.Count > 0 ? $"; nobody offers {Words.List(gaps)} yet" : "")
            + (scene.MoreCategories > 0 ? $". {Words.Count(scene.MoreCategories, "more category")} in the text." : ". The text beside it says the same in words.");
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
