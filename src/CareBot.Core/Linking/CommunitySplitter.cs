using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// <c>/unlink</c>: one space leaves a linked community and becomes a community of its own, with a copy of the
/// agreements, the members whose home it is, their offers and the needs they asked for (numbers unchanged). A claim
/// across the split is kept: the helper becomes a member on the need's side too, so no promise is broken by it.
/// </summary>
internal static class CommunitySplitter
{
    public static Community Split(IStoreSession session, Community from, Space leaving, DateTimeOffset now)
    {
        var split = from.SplitOff(leaving.Title, now);
        session.Communities.Insert(split);
        leaving.MoveTo(split.Id);
        session.Communities.Upsert(leaving);
        var stayingHome = session.Communities.SpacesOf(from.Id).OrderByDescending(s => s.IsOpen).ThenBy(s => s.JoinedAt).First();

        var members = session.Members.InCommunity(from.Id).ToDictionary(m => m.Id);
        var goers = members.Values.Where(m => m.HomeSpace == leaving.Key).Select(m => m.Id).ToHashSet();
        var stayers = members.Keys.Where(id => !goers.Contains(id)).ToHashSet();
        foreach (var id in goers)
        {
            var member = members[id];
            member.MoveTo(split.Id);
            session.Members.Update(member);
            foreach (var offer in session.Offers.ByMember(id))
            {
                offer.MoveTo(split.Id, id);
                session.Offers.Update(offer);
            }
        }

        var sides = new[]
        {
            new Side(split.Id, leaving.Ref, goers, []),
            new Side(from.Id, stayingHome.Ref, stayers, []),
        };
        foreach (var need in session.Needs.InCommunity(from.Id))
        {
            var goes = need.RequesterId is { } requester && goers.Contains(requester);
            if (goes)
            {
                need.MoveTo(split.Id, need.Number);
            }

            if (need.IsActive)
            {
                KeepOnOneSide(session, need, goes ? sides[0] : sides[1], members, now);
            }

            session.Needs.Update(need);
        }

        return split;
    }

    /// <summary>Everyone a need involves is on its side afterwards: helpers are brought over, the others asked are let go.</summary>
    private static void KeepOnOneSide(IStoreSession session, Needs.Need need, Side side, Dictionary<int, Member> members, DateTimeOffset now)
    {
        foreach (var helper in need.HelperIds.Where(id => !side.Members.Contains(id)).ToList())
        {
            if (!side.Bridged.TryGetValue(helper, out var bridge))
            {
                bridge = Bridge(session, members[helper], side, now);
                side.Bridged[helper] = bridge;
                side.Members.Add(bridge.Id);
            }

            need.ReplaceMember(helper, bridge.Id);
        }

        need.KeepAskedAndPassedAmong(side.Members);
        foreach (var ask in session.Outbox.AsksFor(need.Id).Where(a => a.Undelivered))
        {
            if (ask.AskedMemberId is { } asked && side.Members.Contains(asked))
            {
                ask.MoveToCommunity(side.CommunityId);
                session.Outbox.Update(ask);
            }
            else
            {
                session.Outbox.Delete(ask.Id);
            }
        }
    }

    /// <summary>A membership on the need's side for its helper: the same accounts, no offers, home in that side's group.</summary>
    private static Member Bridge(IStoreSession session, Member helper, Side side, DateTimeOffset now)
    {
        var primary = helper.PrimaryIdentity;
        var bridge = new Member(side.CommunityId, new PlatformUser(primary.Ref, primary.DisplayName), now, side.Home);
        foreach (var identity in helper.Identities)
        {
            bridge.AddIdentity(identity);
        }

        session.Members.Insert(bridge);
        return bridge;
    }

    private sealed record Side(int CommunityId, SpaceRef Home, HashSet<int> Members, Dictionary<int, Member> Bridged);
}
