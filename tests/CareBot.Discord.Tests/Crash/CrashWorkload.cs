using CareBot.Discord.Tests.Support;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// The run's people and what they will do, drawn from a seed: every member makes two offers (different kinds of help)
/// and looks around; thirty needs are asked by members at random, each met by someone, every second one marked done,
/// half of those with the button on the good news and half with /done and a thank-you.
/// </summary>
internal sealed class CrashWorkload
{
    public const int MemberCount = 24;
    public const int NeedCount = 30;

    private CrashWorkload(IReadOnlyList<PatientMember> members, IReadOnlyList<PlannedOffer> offers, IReadOnlyList<PlannedNeed> needs)
    {
        Members = members;
        Offers = offers;
        Needs = needs;
    }

    public IReadOnlyList<PatientMember> Members { get; }

    public IReadOnlyList<PlannedOffer> Offers { get; }

    public IReadOnlyList<PlannedNeed> Needs { get; }

    public static CrashWorkload Create(DiscordHarness h, Typing typing, InteractionLedger ledger, Random random)
    {
        var tags = new Tags();
        var members = Enumerable.Range(1, MemberCount).Select(n => new PatientMember(h, h.Member($"person{n:00}"), typing, ledger)).ToList();
        var offers = members.SelectMany((member, index) => new[]
        {
            new PlannedOffer(member, tags.Next(), CareTexts.Offers[index % CareTexts.Offers.Length]),
            new PlannedOffer(member, tags.Next(), CareTexts.Offers[(index + 3) % CareTexts.Offers.Length]),
        }).ToList();
        var needs = Enumerable.Range(0, NeedCount).Select(i => new PlannedNeed(
            members[random.Next(members.Count)],
            tags.Next(),
            CareTexts.Needs[random.Next(CareTexts.Needs.Length)],
            done: i % 2 == 1,
            doneByButton: i % 4 == 1,
            tags.Next())).ToList();
        return new CrashWorkload(members, offers, needs);
    }

    public IReadOnlyList<PlannedOffer> OffersOf(PatientMember member) => [.. Offers.Where(offer => offer.Member == member)];
}
