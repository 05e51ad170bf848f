using System.Text;
using System.Text.Json;
using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Offers;

namespace CareBot.Core.Matching;

/// <summary>The contents of a <see cref="CommunityWorkingSet"/> as text in a fixed order, for comparing two of them.</summary>
internal static class WorkingSetFingerprint
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Of(
        Community community,
        IEnumerable<Space> spaces,
        IEnumerable<Member> members,
        IEnumerable<Offer> offers,
        Dictionary<int, int> commitments,
        Dictionary<int, IReadOnlyList<string>> openNeedCategories,
        Dictionary<string, List<string>> offersByCategory,
        Dictionary<string, List<string>> offersByKeyword,
        Dictionary<string, List<string>> offerersByCategory,
        Dictionary<string, List<string>> offersByMember)
    {
        var text = new StringBuilder();
        text.Append("community ").AppendLine(JsonSerializer.Serialize(community, Json));
        foreach (var space in spaces.OrderBy(s => s.Ref.Key, StringComparer.Ordinal))
        {
            text.Append("space ").AppendLine(JsonSerializer.Serialize(space, Json));
        }

        foreach (var member in members.OrderBy(m => m.Id))
        {
            text.Append("member ").AppendLine(JsonSerializer.Serialize(member, Json));
        }

        foreach (var offer in offers.OrderBy(o => o.Id))
        {
            text.Append("offer ").AppendLine(JsonSerializer.Serialize(new
            {
                offer.Id, offer.MemberId, offer.Text, offer.Categories, offer.Keywords, offer.Zone, offer.CreatedAt, offer.ConfirmedAt,
                offer.StillOnAskedAt, offer.StillOnCheckAt, offer.WithdrawnAt, offer.FadedAt, HasMeaning = offer.Meaning is not null,
            }, Json));
        }

        Section(text, "commitments", commitments.OrderBy(c => c.Key).Select(c => $"{c.Key}:{c.Value}"));
        Section(text, "open needs", openNeedCategories.OrderBy(n => n.Key).Select(n => $"{n.Key}:{string.Join(',', n.Value)}"));
        Index(text, "offers by category", offersByCategory);
        Index(text, "offers by keyword", offersByKeyword);
        Index(text, "offerers by category", offerersByCategory);
        Index(text, "offers by member", offersByMember);
        return text.ToString();
    }

    private static void Index(StringBuilder text, string name, Dictionary<string, List<string>> index) =>
        Section(text, name, index.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={string.Join(',', e.Value)}"));

    private static void Section(StringBuilder text, string name, IEnumerable<string> entries) =>
        text.Append(name).Append(' ').AppendLine(string.Join(' ', entries));
}
