using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// Where a community that was linked into another went, and how far its need numbers moved, so a button sent before the
/// link (it carries the old community) still finds the right community and the right need.
/// </summary>
internal static class CommunityAliases
{
    // Communities are only ever merged into one that exists, so a chain ends; the bound guards against a corrupt store.
    private const int LongestChain = 64;

    public static void Record(IStoreSession session, int from, int into, int numberOffset) =>
        session.Cursors.Set(CursorNames.MergedCommunity(from), string.Create(CultureInfo.InvariantCulture, $"{into}:{numberOffset}"));

    /// <summary>The community <paramref name="communityId"/> is now part of, and how much its old numbers move by; null when it was never merged.</summary>
    public static (int CommunityId, int NumberOffset)? Resolve(IStoreSession session, int communityId)
    {
        (int, int)? found = null;
        var id = communityId;
        var offset = 0;
        for (var step = 0; step < LongestChain && session.Cursors.Get(CursorNames.MergedCommunity(id)) is { } alias; step++)
        {
            var parts = alias.Split(':');
            id = int.Parse(parts[0], CultureInfo.InvariantCulture);
            offset += int.Parse(parts[1], CultureInfo.InvariantCulture);
            found = (id, offset);
        }

        return found;
    }

    /// <summary>The community an id stands for today: itself, or the one it was merged into.</summary>
    public static int Current(IStoreSession session, int communityId) => Resolve(session, communityId)?.CommunityId ?? communityId;
}
