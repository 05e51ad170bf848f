using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Core.Storage;

namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>
/// Everything CareBot knows about its communities (members, offers, needs), as JSON, to show that a
/// refused command changed nothing. The outbox is left out: the refusal itself is a message.
/// </summary>
internal static class StoreState
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The state, leaving out when members were last seen: any command they give, even "keep my data", moves that.</summary>
    public static string IgnoringLastSeen(ICareStore store)
    {
        var state = JsonNode.Parse(Of(store))!;
        foreach (var member in state.AsArray().SelectMany(community => community!["members"]!.AsArray()))
        {
            member!.AsObject().Remove("LastSeenAt");
        }

        return state.ToJsonString(Json);
    }

    public static string Of(ICareStore store) => store.Read(session =>
    {
        var communities = session.Communities.All();
        var state = communities.Select(community =>
        {
            var members = session.Members.InCommunity(community.Id);
            return new
            {
                community,
                spaces = session.Communities.SpacesOf(community.Id),
                members,
                offers = members.SelectMany(m => session.Offers.ByMember(m.Id)),
                needs = Enumerable.Range(1, community.LastNeedNumber).Select(n => session.Needs.FindByNumber(community.Id, n)),
            };
        });
        return JsonSerializer.Serialize(state, Json);
    });
}
