using System.Globalization;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// What the commands must have left in the database, each exactly once: every offer stored once under its member,
/// every need once under the number the bot gave it (and no more needs), each with its final helper and thank-you,
/// every member's cap as they set it last. Returns what is wrong, as sentences.
/// </summary>
internal static class StoredEffects
{
    public static List<string> Problems(ICareStore store, CrashWorkload plan) => store.Read(session =>
    {
        var problems = new List<string>();
        foreach (var member in plan.Members)
        {
            CheckMember(session, member, problems);
        }

        foreach (var group in plan.Members.GroupBy(member => member.Group))
        {
            var community = session.Communities.FindSpace(new SpaceRef(KnownPlatforms.Telegram, Id(group.Key.Id)))?.CommunityId;
            var needs = plan.Needs.Where(need => need.Requester.Group == group.Key).ToList();
            if (community is not { } communityId)
            {
                problems.Add($"{group.Key.Title} is not a community in the database");
                continue;
            }

            needs.ForEach(need => CheckNeed(session, communityId, need, problems));
            if (session.Needs.FindByNumber(communityId, needs.Count + 1) is { } extra)
            {
                problems.Add($"{group.Key.Title} has a need #{extra.Number} nobody asked for: \"{extra.Text}\"");
            }
        }

        return problems;
    });

    private static void CheckMember(IStoreSession session, CrashMember planned, List<string> problems)
    {
        var found = session.Members.FindByIdentity(new UserRef(KnownPlatforms.Telegram, Id(planned.User.Id)));
        if (found.Count != 1)
        {
            problems.Add($"{planned.Name} is {found.Count} members");
            return;
        }

        var member = found[0];
        var offers = session.Offers.ByMember(member.Id);
        foreach (var tag in planned.OfferTags)
        {
            var stored = offers.Count(offer => offer.Text.Contains(tag, StringComparison.Ordinal));
            if (stored != 1)
            {
                problems.Add($"{planned.Name}'s offer {tag} is stored {stored} times");
            }
        }

        if (offers.Count != planned.OfferTags.Count)
        {
            problems.Add($"{planned.Name} has {offers.Count} offers, made {planned.OfferTags.Count}");
        }

        if (member.Cap != (planned.Cap ?? Member.DefaultCap))
        {
            problems.Add($"{planned.Name}'s cap is {member.Cap}, set to {planned.Cap}");
        }
    }

    private static void CheckNeed(IStoreSession session, int communityId, PlannedNeed planned, List<string> problems)
    {
        var requester = session.Members.FindByIdentity(new UserRef(KnownPlatforms.Telegram, Id(planned.Requester.User.Id))).SingleOrDefault();
        var asked = requester is null ? 0 : session.Needs.ByRequester(requester.Id).Count(n => n.Text.Contains(planned.Tag, StringComparison.Ordinal));
        if (asked != 1)
        {
            problems.Add($"need {planned.Tag} of {planned.Requester.Name} is stored {asked} times");
        }

        var need = session.Needs.FindByNumber(communityId, planned.Number);
        if (need is null || !need.Text.Contains(planned.Tag, StringComparison.Ordinal))
        {
            problems.Add($"need #{planned.Number} ({planned.Tag}) in {planned.Requester.Group.Title} is {(need is null ? "missing" : $"\"{need.Text}\"")}");
            return;
        }

        var helper = session.Members.FindByIdentity(new UserRef(KnownPlatforms.Telegram, Id(planned.Helper!.User.Id))).SingleOrDefault();
        var state = planned.ThanksTag is null ? NeedState.Claimed : NeedState.Done;
        if (need.State != state || helper is null || !need.HelperIds.SequenceEqual([helper.Id]))
        {
            problems.Add($"need #{planned.Number} in {planned.Requester.Group.Title} is {need.State} with helpers [{string.Join(", ", need.HelperIds)}], expected {state} with {planned.Helper.Name}");
        }

        if (planned.ThanksTag is { } thanks && need.Thanks?.Contains(thanks, StringComparison.Ordinal) != true)
        {
            problems.Add($"need #{planned.Number} in {planned.Requester.Group.Title} lost its thank-you {thanks}");
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
