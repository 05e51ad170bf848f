using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Core.Commands;

/// <summary>
/// /map: the resource map: offers, people and time per category against open needs, and the gaps. In text, which
/// screen readers read and which lists every category, and, when the host draws pictures, as a chart beside it.
/// </summary>
internal sealed class MapCommand : CommandHandler
{
    public override string Name => "map";

    public override string Usage => "/map";

    public override string Summary => "the group's skills, time and gaps";

    public override Problem? Handle(CommandContext ctx)
    {
        var map = ReportBuilder.Map(ctx);
        var message = Render(map);

        // An empty map gets no picture: a chart with nothing on it says less than the line inviting the first offer.
        // The picture is drawn on the answer's way out, after this turn (see PictureDrawing).
        if (map.Rows.Count > 0 && ctx.Services.MapPainter is not null)
        {
            message = message with { MapToDraw = map };
        }

        ctx.Reply(message);
        return null;
    }

    public static OutgoingMessage Render(ResourceMap map)
    {
        var builder = new MessageBuilder()
            .Add("🗺️ ").Bold($"Resource map of {map.CommunityName}").Line()
            .Line($"{Members(map.Members)} ({OnBreak(map.MembersOnBreak)}) · {Words.Count(map.ActiveOffers, "offer")} · {Words.Count(map.OpenNeeds, "open need")}");
        if (map.Rows.Count == 0)
        {
            return builder.Line("Nothing on the map yet. Start it with /offer <what you can give>.").Build();
        }

        foreach (var row in map.Rows)
        {
            builder.Add($"{row.Category.Emoji} ").Bold(row.Category.Name).Add(": ");
            builder.Add(row.People == 0
                ? "nobody offers this yet"
                : $"{Words.Count(row.Offers, "offer")} from {Words.People(row.People)}, {FreeNow(row.AvailableNow)}");
            builder.Add(row.OpenNeeds == 0 ? "" : $" · {Words.Count(row.OpenNeeds, "open need")}").Line();
        }

        var gaps = map.Gaps.Select(r => r.Category.Name).ToList();
        if (gaps.Count > 0)
        {
            builder.Bold("Gaps: ").Add(Words.List(gaps) + ". Could anyone offer " + (gaps.Count == 1 ? "this?" : "these?")).Line();
        }

        return builder.Build();
    }

    // Who is on a break or free is each person's own business: like every count of people here, it never goes below 3.
    private static string Members(int count) => count >= Words.SmallestCrowd ? Words.Count(count, "member") : $"fewer than {Words.SmallestCrowd} members";

    private static string OnBreak(int count) => count == 0 ? "nobody on a break" : $"{Words.People(count)} on a break";

    private static string FreeNow(int count) => count == 0 ? "nobody free now" : $"{Words.People(count)} free now";
}
