using CareBot.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CareBot.Core.Tests.Properties;

/// <summary>
/// Whatever people do, in the group or in private, however often the anonymous requester blocks and unblocks the bot
/// and however time passes, once the group has seen her anonymous need nobody but her is ever shown her name or a
/// mention of her. She never chooses to reveal herself here, and never does anything that names her by right (offering,
/// helping, asking openly).
/// </summary>
public sealed class AnonymityProperties
{
    private const string Requester = "alice";

    private static readonly string[] Others = ["bob", "carol", "dan"];

    // Everything she may do without naming herself: she only ever asks anonymously and never offers or helps.
    private static readonly string[] HerCommands =
    [
        "/need anon a ride to the clinic on friday", "/need anon help with my shopping this week",
        "/need anon I feel like I want to end it all", "/need anon by tomorrow someone to walk my dog", "/need anon",
        "/need post", "/need drop", "/cancel {n}", "/done {n} thank you", "/notyet {n}", "/keep {n}", "/fellthrough {n}",
        "/pass {n}", "/categories need {n}", "/categories need {n} errands", "/needs", "/mine", "/start",
    ];

    private static readonly string[] TheirCommands =
    [
        "/offer rides to appointments, I have a car", "/offer shopping and errands", "/offer dog walking",
        "/need a lift to the station", "/claim {n}", "/done {n} glad to help", "/pass {n}", "/cancel {n}",
        "/fellthrough {n}", "/needs", "/mine", "/withdraw 1", "/pause 2d", "/resume",
    ];

    [Fact]
    public void Nobody_but_the_anonymous_requester_is_ever_shown_her_name()
    {
        var steps = Gen.Choose(8, 40).SelectMany(count => Gen.ArrayOf(Steps(), count));
        Prop.ForAll(steps.ToArbitrary(), Holds)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    private static Gen<Step> Steps() =>
        from hers in Gen.Frequency((2, Gen.Constant(true)), (3, Gen.Constant(false)))
        from inGroup in Gen.Elements(true, false)
        from other in Gen.Elements(Others)
        from command in Gen.Elements(hers ? HerCommands : TheirCommands)
        from number in Gen.Choose(1, 4)
        from happening in Gen.Frequency((8, Gen.Constant(Happening.Nothing)), (1, Gen.Constant(Happening.SheBlocksTheBot)), (1, Gen.Constant(Happening.HoursPass)))
        select new Step(hers ? Requester : other, inGroup, command.Replace("{n}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), happening);

    private static bool Holds(Step[] steps)
    {
        using var h = new EngineHarness();
        h.Join([Requester, .. Others]).GetAwaiter().GetResult();
        foreach (var step in steps)
        {
            // People type at a human pace, within the group's limit on commands a minute.
            h.Clock.Advance(TimeSpan.FromSeconds(10));
            switch (step.Happening)
            {
                case Happening.SheBlocksTheBot when !h.Unreachable.Remove(Requester):
                    h.Unreachable.Add(Requester);
                    break;
                case Happening.HoursPass:
                    h.Advance(TimeSpan.FromHours(30)).GetAwaiter().GetResult();
                    break;
            }

            (step.InGroup ? h.Say(step.Person, step.Command) : h.Dm(step.Person, step.Command)).GetAwaiter().GetResult();
            h.Delivered();
        }

        // Until the group has seen an anonymous need there is nothing to tie her to; from then on she is never named.
        var firstPost = h.History.ToList().FindIndex(d => d.IsInGroup() && d.Text.Contains("(anonymous)", StringComparison.Ordinal));
        var leak = firstPost < 0 ? null : h.History.Skip(firstPost).FirstOrDefault(d => !d.IsTo(Requester) && d.Names(Requester));
        if (leak is not null)
        {
            throw new Xunit.Sdk.XunitException($"Named to someone else:\n{leak}");
        }

        return true;
    }

    public enum Happening
    {
        Nothing,
        SheBlocksTheBot,
        HoursPass,
    }

    public sealed record Step(string Person, bool InGroup, string Command, Happening Happening)
    {
        public override string ToString() => $"{Person} {(InGroup ? "in the group" : "privately")}: {Command}{(Happening == Happening.Nothing ? "" : $" ({Happening})")}";
    }
}
