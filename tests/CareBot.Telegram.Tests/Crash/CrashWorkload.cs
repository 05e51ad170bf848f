using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// The thousand commands of the crash run: fifty members in two groups (each owned by one of them), forty needs taken
/// through claims, passes and thanks, and around them offers, /offers, /mine, /me and /needs, typed in private chats
/// and in the groups. Drawn from a seed, so a run can be repeated command for command.
/// </summary>
internal sealed class CrashWorkload
{
    public const int CommandCount = 1000;
    public const int MembersPerGroup = 25;
    public const int NeedsPerGroup = 20;
    private static readonly string[] Titles = ["Riverside Care", "Hillside Care"];

    private CrashWorkload(IReadOnlyList<FakeChat> groups, IReadOnlyList<CrashMember> members, IReadOnlyList<PlannedNeed> needs, IReadOnlyList<PlannedCommand> commands)
    {
        Groups = groups;
        Members = members;
        Needs = needs;
        Commands = commands;
    }

    public IReadOnlyList<FakeChat> Groups { get; }

    /// <summary>Everyone; the first of each group owns it.</summary>
    public IReadOnlyList<CrashMember> Members { get; }

    public IReadOnlyList<PlannedNeed> Needs { get; }

    public IReadOnlyList<PlannedCommand> Commands { get; }

    public IEnumerable<CrashMember> Owners => Members.Where(member => member.Index == 0);

    public static CrashWorkload Create(FakeTelegramServer fake, Random random)
    {
        var tags = new TagSource();
        var groups = new List<FakeChat>();
        var members = new List<CrashMember>();
        var needs = new List<PlannedNeed>();
        var chains = new List<Queue<Func<PlannedCommand>>>();
        foreach (var title in Titles)
        {
            var people = Enumerable.Range(members.Count + 1, MembersPerGroup)
                .Select(n => fake.CreateUser($"Person{n:00}", $"person{n:00}"))
                .ToList();
            var group = fake.CreateGroup(title, people[0]);
            groups.Add(group);
            var inGroup = people.Select((user, index) => new CrashMember(user, group, fake.PrivateChatWith(user), index)).ToList();
            members.AddRange(inGroup);
            chains.AddRange(Stories(inGroup, needs, random, tags));
        }

        var fillers = CommandCount - chains.Sum(chain => chain.Count);
        var longer = new HashSet<CrashMember>(members.OrderBy(_ => random.Next()).Take(fillers % members.Count));
        var length = fillers / members.Count;
        if (length + 1 > MemberScript.Longest)
        {
            throw new InvalidOperationException($"{fillers} commands don't fit in the members' scripts.");
        }

        chains.AddRange(members.Select(member => MemberScript.For(member, longer.Contains(member) ? length + 1 : length, random, tags)));
        return new CrashWorkload(groups, members, needs, ChainMerge.Merge(chains, random));
    }

    /// <summary>
    /// One group's needs: each asked by someone, claimed by someone else; every fourth given up by its helper and taken
    /// by a third member, every second one marked done. Nobody helps more than twice, so nobody reaches the default cap.
    /// </summary>
    private static IEnumerable<Queue<Func<PlannedCommand>>> Stories(List<CrashMember> people, List<PlannedNeed> needs, Random random, TagSource tags)
    {
        var helpers = people.OrderBy(_ => random.Next()).Concat(people.OrderBy(_ => random.Next())).ToList();
        var numbers = 0;
        for (var i = 0; i < NeedsPerGroup; i++)
        {
            var need = new PlannedNeed(people[random.Next(people.Count)], tags.Next());
            needs.Add(need);
            var helper = Take(helpers, need.Requester, null);
            var replacement = i % 4 == 3 ? Take(helpers, need.Requester, helper) : null;
            yield return NeedStory.For(need, helper, replacement, done: i % 2 == 1, () => ++numbers, random, tags);
        }
    }

    private static CrashMember Take(List<CrashMember> helpers, CrashMember requester, CrashMember? besides)
    {
        var helper = helpers.First(candidate => candidate != requester && candidate != besides);
        helpers.Remove(helper);
        return helper;
    }
}
