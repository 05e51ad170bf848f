using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Core.Commands;

/// <summary>/map: the resource map: offers, people and time per category against open needs, and the gaps.</summary>
internal sealed class MapCommand : CommandHandler
{
    public override string Name => "map";

    public override string Usage => "/map";

    public override string Summary => "the group's skills, time and gaps";

    public override Problem? Handle(CommandContext ctx)
    {
        ctx.Reply(Render(ReportBuilder.Map(ctx)));
        return null;
    }

    public static OutgoingMessage Render(ResourceMap map)
    {
        var builder = new MessageBuilder()
            .Add("🗺️ ").Bold($"Resource map of {map.CommunityName}").Line()
            .Line($"{map.Members} members ({map.MembersOnBreak} on a break) · {map.ActiveOffers} offers · {map.OpenNeeds} open needs");
        if (map.Rows.Count == 0)
        {
            return builder.Line("Nothing on the map yet. Start it with /offer <what you can give>.").Build();
        }

        foreach (var row in map.Rows)
        {
            builder.Add($"{row.Category.Emoji} ").Bold(row.Category.Name).Add(": ");
            builder.Add(row.People == 0
                ? "nobody offers this yet"
                : $"{row.Offers} offer{Plural(row.Offers)} from {row.People} {(row.People == 1 ? "person" : "people")}, {row.AvailableNow} free now");
            builder.Add(row.OpenNeeds == 0 ? "" : $" · {row.OpenNeeds} open need{Plural(row.OpenNeeds)}").Line();
        }

        var gaps = map.Gaps.Select(r => r.Category.Name).ToList();
        if (gaps.Count > 0)
        {
            builder.Bold("Gaps: ").Add(string.Join(", ", gaps) + ". Could anyone offer these?").Line();
        }

        return builder.Build();
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
