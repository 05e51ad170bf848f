using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>`:advance` moves CareBot's clock, and what is due with time happens: pauses end, follow-ups, expiry.</summary>
public sealed class ClockTests : ConsoleTest
{
    [Fact]
    public async Task A_pause_ends_by_itself_and_the_member_is_asked_again()
    {
        await CareBot.RunAsync("dave: /offer driving and errands", "dave: /pause 2");
        var paused = await CareBot.RunAsync("alice: /need a ride to the clinic on friday");
        Assert.DoesNotContain(paused.ToPerson("dave"), m => m.Says("#1"));

        var later = await CareBot.RunAsync(":advance 2d", "carol: /need a ride to the station");

        Assert.Contains("(clock is now", later.Diagnostics, StringComparison.Ordinal);
        later.PersonHears("dave", "#2");
    }

    [Fact]
    public async Task A_pause_until_resumed_does_not_end_with_time()
    {
        await CareBot.RunAsync("dave: /offer driving and errands", "dave: /pause");

        var later = await CareBot.RunAsync(":advance 10000m", ":advance 400d", "carol: /need a ride to the station", "dave@dm: /me");

        Assert.DoesNotContain(later.ToPerson("dave"), m => m.Says("#1"));
        later.PersonHears("dave", "On a break until you /resume.");
    }

    [Fact]
    public async Task Three_days_after_a_claim_both_are_asked_whether_it_happened()
    {
        await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "alice: /need a ride to the clinic on friday",
            "bob: /claim 1");

        var early = await CareBot.RunAsync(":advance 71h");
        Assert.Empty(early.Messages);

        var transcript = await CareBot.RunAsync(":advance 1h");

        foreach (var person in new[] { "alice", "bob" })
        {
            var question = transcript.PersonHears(person, "Did #1 happen?");
            Assert.True(question.HasButton("Yes, it's done", "/done 1"), question.ToString());
            Assert.True(question.HasButton("It fell through", "/fellthrough 1"), question.ToString());
        }
    }

    [Fact]
    public async Task A_need_nobody_took_is_checked_on_then_closes_after_the_agreed_days()
    {
        await CareBot.RunAsync("alice: /need someone to water my plants while I'm away");

        var stillNeeded = await CareBot.RunAsync(":advance 3d");
        var question = stillNeeded.PersonHears("alice", "Is #1 still needed?");
        Assert.True(question.HasButton("Keep it open", "/keep 1"), question.ToString());

        var expired = await CareBot.RunAsync(":advance 11d", "bob: /claim 1");

        expired.PersonHears("alice", "#1 has closed after 14 days");
        expired.GroupSees("#1 is expired");
    }

    [Fact]
    public async Task Advancing_the_clock_with_nothing_due_prints_no_message()
    {
        var transcript = await CareBot.RunAsync(":advance 30m", ":advance 3h");

        Assert.Empty(transcript.Messages);
        Assert.Equal(2, transcript.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
