using System.Globalization;
using CareBot.Core.Categories;
using CareBot.Core.Communities;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// Read-only: the values a person could type next, from their own community only (the group they are in, or in a
/// private chat the one they were last active in). A stranger, or a group the bot has not met, gets none.
/// </summary>
internal static class SuggestionQuery
{
    private const int LabelLength = 100;

    public static IReadOnlyList<Suggestion> Find(IStoreSession session, UserRef user, SpaceRef? space, SuggestionKind kind, string typed, int limit)
    {
        var community = space is { } group
            ? session.Communities.FindSpace(group) is { IsOpen: true } known ? session.Communities.Get(known.CommunityId) : null
            : CommunityResolver.ForPrivateChat(session, user, null);
        if (community is null || limit <= 0)
        {
            return [];
        }

        var all = kind switch
        {
            SuggestionKind.Needs => Needs(session, community),
            SuggestionKind.MyOffers => MyOffers(session, community, user),
            SuggestionKind.Categories => CategoryCatalog.Default.All().Select(c => new Suggestion($"{c.Emoji} {c.Name}", c.Id)),
            SuggestionKind.Zones => community.Agreements.Zones.Select(zone => new Suggestion(zone, zone)),
            _ => [],
        };
        var wanted = typed.Trim().TrimStart('#');
        return [.. all.Where(s => wanted.Length == 0 || s.Label.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Take(limit)];
    }

    private static IEnumerable<Suggestion> Needs(IStoreSession session, Community community) =>
        session.Needs.Active(community.Id)
            .OrderByDescending(need => need.Number)
            .Select(need => new Suggestion(Label($"#{need.Number} {need.Text}"), need.Number.ToString(CultureInfo.InvariantCulture)));

    private static IEnumerable<Suggestion> MyOffers(IStoreSession session, Community community, UserRef user) =>
        session.Members.FindByIdentity(user)
            .Where(member => member.CommunityId == community.Id)
            .SelectMany(member => session.Offers.ByMember(member.Id))
            .Where(offer => offer.IsActive)
            .OrderByDescending(offer => offer.Id)
            .Select(offer => new Suggestion(Label($"#{offer.Id} {offer.Text}"), offer.Id.ToString(CultureInfo.InvariantCulture)));

    private static string Label(string text) => NeedCards.Clip(text, LabelLength);
}
