using CareBot.Core.Messages;
using CareBot.Core.Engine;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>Reads a leading "zone north" from an offer and checks it against the group's named zones.</summary>
internal static class ZoneOption
{
    public static (string? Zone, string Text) Split(string arguments)
    {
        var parts = arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts[0].Equals("zone", StringComparison.OrdinalIgnoreCase)
            ? (parts[1].ToLowerInvariant(), parts[2])
            : (null, arguments);
    }

    public static Problem? Validate(CommunityContext ctx, string? zone)
    {
        var zones = ctx.Agreements.Zones;

        // A group without named zones takes any zone name, so it must meet the rules of stored text (no bidi tricks).
        if (zone is not null && TextRules.Check(zone, int.MaxValue) is { } unreadable)
        {
            return unreadable;
        }

        if (zone is null || zones.Count == 0 || zones.Contains(zone))
        {
            return zone is { Length: > 40 } ? new Problem("That zone name is too long; keep it under 40 characters.") : null;
        }

        return new Problem($"\"{Words.Quoted(NeedCards.Clip(zone, 40))}\" isn't one of {ctx.Community.Name}'s zones: {Words.List(zones)}.");
    }
}
