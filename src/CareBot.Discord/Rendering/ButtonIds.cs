using System.Globalization;

namespace CareBot.Discord.Rendering;

/// <summary>
/// What a button carries back when pressed (its custom_id): the community its message was about and the command it
/// stands for, as <c>7:claim 12</c>, within Discord's 100 characters. The id comes back from any client, so decoding
/// trusts nothing: the engine checks the command like a typed one.
/// </summary>
public static class ButtonIds
{
    public const int MaxLength = 100;

    /// <summary>The custom_id for a button, or null when even the command alone is over 100 characters.</summary>
    public static string? Encode(int? communityId, string command)
    {
        var bare = command.TrimStart().TrimStart('/');
        if (bare.Length == 0)
        {
            return null;
        }

        var withCommunity = $"{communityId?.ToString(CultureInfo.InvariantCulture)}:{bare}";
        if (withCommunity.Length <= MaxLength)
        {
            return withCommunity;
        }

        // Without the community the engine falls back to the group it is pressed in, or the one last active in.
        var alone = ":" + bare;
        return alone.Length <= MaxLength ? alone : null;
    }

    /// <summary>The community (if any) and the command (with its slash), or null for an id this bot never made.</summary>
    public static (int? CommunityId, string Command)? Decode(string? customId)
    {
        var colon = customId?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (customId is null || colon < 0 || colon == customId.Length - 1 || !char.IsAsciiLetter(customId[colon + 1]))
        {
            return null;
        }

        int? community = null;
        if (colon > 0)
        {
            if (!int.TryParse(customId.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            community = id;
        }

        return (community, "/" + customId[(colon + 1)..]);
    }
}
