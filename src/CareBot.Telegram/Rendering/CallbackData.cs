using System.Globalization;
using System.Text;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// What a button carries back when pressed: the community its message was about and the command it stands for,
/// as <c>7:claim 12</c>, within Telegram's 64 bytes. The data comes back from any client, so decoding trusts
/// nothing: the engine checks the command like a typed one.
/// </summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    /// <summary>The data for a button, or null when even the command alone is over 64 bytes.</summary>
    public static string? Encode(int? communityId, string command)
    {
        var bare = command.TrimStart().TrimStart('/');
        if (bare.Length == 0)
        {
            return null;
        }

        var withCommunity = $"{communityId?.ToString(CultureInfo.InvariantCulture)}:{bare}";
        if (Fits(withCommunity))
        {
            return withCommunity;
        }

        // Without the community the engine falls back to the one the person was last active in.
        var alone = ":" + bare;
        return Fits(alone) ? alone : null;
    }

    /// <summary>The community (if any) and the command (with its slash), or null for data this bot never made.</summary>
    public static (int? CommunityId, string Command)? Decode(string? data)
    {
        var colon = data?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (data is null || colon < 0 || colon == data.Length - 1 || !char.IsAsciiLetter(data[colon + 1]))
        {
            return null;
        }

        int? community = null;
        if (colon > 0)
        {
            if (!int.TryParse(data.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            community = id;
        }

        return (community, "/" + data[(colon + 1)..]);
    }

    private static bool Fits(string data) => Encoding.UTF8.GetByteCount(data) <= MaxBytes;
}
