using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// The commands of one need, in order: /need, /claim, sometimes /pass by that helper and /claim by another, sometimes
/// /done with a thank-you. Each step is made when its turn in the run comes, because only then is the need's number
/// known: the bot numbers a group's needs in the order it handles them.
/// </summary>
internal static class NeedStory
{
    /// <summary>Shares of the steps typed in the group rather than in the private chat.</summary>
    private const double NeedInGroup = 0.5;
    private const double OtherInGroup = 0.3;

    public static Queue<Func<PlannedCommand>> For(
        PlannedNeed need, CrashMember helper, CrashMember? replacement, bool done, Func<int> nextNumber, Random random, TagSource tags)
    {
        var requester = need.Requester;
        var group = requester.Group;
        var text = CareTexts.Needs[random.Next(CareTexts.Needs.Length)];
        var chain = new Queue<Func<PlannedCommand>>();
        var askedIn = Where(requester, random, NeedInGroup);
        chain.Enqueue(() =>
        {
            need.Number = nextNumber();
            return new PlannedCommand(requester, askedIn, $"/need {need.Tag} {text}",
            [
                Expectation.Containing(group, $"Need #{need.Number} from {requester.Name}", need.Tag),
                Expectation.Containing(requester.Private, $"Posted #{need.Number} in {group.Title}"),
            ]);
        });
        chain.Enqueue(Claim(need, helper, Where(helper, random, OtherInGroup)));
        need.Helper = helper;
        if (replacement is not null)
        {
            var passedIn = Where(helper, random, OtherInGroup);
            chain.Enqueue(() => new PlannedCommand(helper, passedIn, $"/pass {need.Number}",
            [
                Expectation.Containing(helper.Private, $"I've taken you off #{need.Number} and"),
                Expectation.Containing(requester.Private, $"{helper.Name} can't help with #{need.Number} after all"),
            ]));
            chain.Enqueue(Claim(need, replacement, Where(replacement, random, OtherInGroup)));
            need.Helper = replacement;
        }

        if (done)
        {
            need.ThanksTag = tags.Next();
            chain.Enqueue(Done(need, Where(requester, random, OtherInGroup)));
        }

        return chain;
    }

    private static Func<PlannedCommand> Claim(PlannedNeed need, CrashMember helper, FakeChat where) => () =>
        new PlannedCommand(helper, where, $"/claim {need.Number}",
        [
            Expectation.Containing(need.Requester.Group, $"#{need.Number} has a helper: thank you, {helper.Name}!"),
            Expectation.Containing(helper.Private, $"You're helping with #{need.Number}:"),
            Expectation.Containing(need.Requester.Private, $"Good news: {helper.Name} can help with #{need.Number}:"),
        ]);

    private static Func<PlannedCommand> Done(PlannedNeed need, FakeChat where) => () =>
    {
        var requester = need.Requester;
        List<Expectation> expected =
        [
            Expectation.Containing(requester.Group, $"#{need.Number} is done", need.ThanksTag!),
            Expectation.Containing(need.Helper!.Private, $"#{need.Number} was marked done by {requester.Name}"),
        ];
        if (!where.IsGroup)
        {
            expected.Add(Expectation.Containing(requester.Private, $"Marked #{need.Number} done"));
        }

        return new PlannedCommand(requester, where, $"/done {need.Number} {need.ThanksTag} thank you so much", expected);
    };

    private static FakeChat Where(CrashMember member, Random random, double inGroup) =>
        random.NextDouble() < inGroup ? member.Group : member.Private;
}
