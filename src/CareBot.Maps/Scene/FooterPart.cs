using CareBot.Core.Messages;
using CareBot.Maps.Drawing;

namespace CareBot.Maps.Scene;

/// <summary>Below the rows: how many categories the picture left to the text, and why some counts are vague.</summary>
internal static class FooterPart
{
    public static void Write(SceneWriter writer, RowSelection selection)
    {
        if (selection.More > 0)
        {
            var gaps = selection.MoreGaps switch
            {
                0 => "",
                _ when selection.MoreGaps == selection.More => selection.More == 1 ? " (a gap)" : " (all gaps)",
                _ => $" ({Counted.Of(selection.MoreGaps, "gap", "gaps")})",
            };
            var more = Counted.Of(selection.More, "more category", "more categories");
            writer.Paragraph($"…and {more}{gaps} in the text.", MapLayout.NoteSize, bold: false, MapColours.Muted, SceneRole.MoreCategories);
        }

        if (selection.Shown.Any(row => new PeopleCount(row.People).IsVague || new PeopleCount(row.AvailableNow).IsVague))
        {
            writer.Paragraph(
                $"“fewer than {Words.SmallestCrowd}” never says if it is 1 or 2 people.",
                MapLayout.NoteSize, bold: false, MapColours.Muted, SceneRole.Note);
        }
    }
}
