using System.Globalization;
using CareBot.Core.Needs;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Discord.Tests.Crash;

/// <summary>What the database must hold after the run: each offer and need once, under its member, and each need as its story left it.</summary>
internal static class StoredEffects
{
    public static IReadOnlyList<string> Problems(IStoreSession session, CrashWorkload plan)
    {
        var problems = new List<string>();
        foreach (var offer in plan.Offers)
        {
            var stored = MemberIds(session, offer.Member).Sum(id => session.Offers.ByMember(id).Count(o => o.Text.Contains(offer.Tag, StringComparison.Ordinal)));
            if (stored != 1)
            {
                problems.Add($"offer {offer.Tag} of {offer.Member.User.Username} stored {stored} times");
            }
        }

        var communityId = 0;
        foreach (var need in plan.Needs)
        {
            var stored = MemberIds(session, need.Requester).SelectMany(session.Needs.ByRequester).Where(n => n.Text.Contains(need.Tag, StringComparison.Ordinal)).ToList();
            if (stored.Count != 1)
            {
                problems.Add($"need {need.Tag} stored {stored.Count} times");
                continue;
            }

            var found = stored[0];
            communityId = found.CommunityId;
            var state = need.Done ? NeedState.Done : NeedState.Claimed;
            if (found.Number != need.Number || found.State != state)
            {
                problems.Add($"need {need.Tag} is #{found.Number} {found.State}, not #{need.Number} {state}");
            }
        }

        if (communityId != 0 && session.Needs.FindByNumber(communityId, plan.Needs.Count + 1) is { } extra)
        {
            problems.Add($"an extra need #{extra.Number}: {extra.Text}");
        }

        return problems;
    }

    private static IEnumerable<int> MemberIds(IStoreSession session, PatientMember member) =>
        session.Members.FindByIdentity(new UserRef(KnownPlatforms.Discord, member.User.Id.ToString(CultureInfo.InvariantCulture))).Select(m => m.Id);
}
