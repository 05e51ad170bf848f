using CareBot.Core.Reports;

namespace CareBot.Maps.Scene;

/// <summary>
/// Which categories get a row when not all fit, in the order the text lists them: the gaps (the map is there to show
/// them), then the rest, most open needs first, then most people offering; at least <c>minOffered</c> of those however
/// many gaps there are, so the picture always shows what the group has too. The rest are counted, not drawn: the
/// text beside the picture lists them all.
/// </summary>
internal sealed record RowSelection(IReadOnlyList<ResourceMapRow> Shown, int More, int MoreGaps)
{
    public static RowSelection Choose(IReadOnlyList<ResourceMapRow> rows, int maxRows, int minOffered)
    {
        // Sorting is stable: rows that tie keep the order the map (and so the text) gives them.
        var gaps = rows.Where(row => row.IsGap).OrderByDescending(row => row.OpenNeeds).ToList();
        var offered = rows.Where(row => !row.IsGap).OrderByDescending(row => row.OpenNeeds).ThenByDescending(row => row.People).ToList();
        var gapRows = Math.Min(gaps.Count, maxRows - Math.Min(offered.Count, minOffered));
        var shown = gaps.Take(gapRows).Concat(offered.Take(maxRows - gapRows)).ToList();
        return new RowSelection(shown, rows.Count - shown.Count, gaps.Count - gapRows);
    }
}
