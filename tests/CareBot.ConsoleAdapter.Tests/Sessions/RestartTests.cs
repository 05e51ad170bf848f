using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>With <c>--db FILE</c>, a second run carries on where the first stopped.</summary>
public sealed class RestartTests : ConsoleTest
{
    [Fact]
    public async Task Need_numbers_continue_and_old_offers_still_match_after_a_restart()
    {
        await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "carol: /offer cooking meals for families",
            "alice: /need a ride to the clinic on friday");

        Restart();
        var transcript = await CareBot.RunAsync("dave: /need a hot meal for my family this week", "erin: /need a lift to the hospital");

        transcript.GroupSees("Need #2");
        transcript.GroupSees("Need #3");
        transcript.PersonHears("carol", "#2");
        transcript.PersonHears("bob", "#3");
        Assert.DoesNotContain(transcript.ToPerson("bob"), m => m.Says("#2"));
    }

    [Fact]
    public async Task A_claim_made_before_a_restart_still_counts_after_it()
    {
        await CareBot.RunAsync(
            "bob: /offer rides to appointments, I have a car",
            "bob: /me cap 1",
            "alice: /need a ride to the clinic on friday",
            "bob: /claim 1");

        Restart();
        var transcript = await CareBot.RunAsync("carol: /need a ride to the station", "bob: /claim 2", "bob@dm: /mine", "alice@dm: /done 1 thanks so much");

        // Bob has had private messages from the bot, so his refusal is his alone.
        transcript.PersonHears("bob", "your cap. Thank you");
        Assert.True(transcript.PersonHears("bob", "Helping with (1 of your cap").Says("#1"), transcript.Output);
        var done = transcript.GroupSees("#1 is done");
        Assert.True(done.Says("bob") && done.Says("thanks so much"), done.ToString());
    }

    [Fact]
    public async Task Settings_and_pauses_survive_a_restart()
    {
        await CareBot.RunAsync("dave: /offer driving and errands", "dave: /me zone north cap 3 quiet 22-08", "dave: /pause");

        Restart();
        var transcript = await CareBot.RunAsync("dave@dm: /me", "alice: /need a ride to the station");

        var profile = transcript.PersonHears("dave", "Zone: north");
        Assert.True(profile.Says("Cap: 3") && profile.Says("Quiet hours: 22-08") && profile.Says("On a break until you /resume."), profile.ToString());
        Assert.DoesNotContain(transcript.ToPerson("dave"), m => m.Says("#1"));
    }

    [Fact]
    public async Task The_clock_carries_on_where_the_last_run_left_it()
    {
        await CareBot.RunAsync("bob: /offer rides to appointments, I have a car", "alice: /need a ride to the clinic", "bob: /claim 1", ":advance 2d");

        Restart();
        var sameDay = await CareBot.RunAsync(":advance 23h");
        var transcript = await CareBot.RunAsync(":advance 1h");

        Assert.Empty(sameDay.Messages);
        transcript.PersonHears("alice", "Did #1 happen?");
        transcript.PersonHears("bob", "Did #1 happen?");
    }

    [Fact]
    public async Task An_admin_stays_an_admin_after_a_restart()
    {
        await CareBot.RunAsync(":admin alice", ":admin carol@garden");

        Restart();
        var transcript = await CareBot.RunAsync("alice: /agree wave-size 1", "carol@garden: /agree wave-size 2", "bob: /agree wave-size 3");

        Assert.True(transcript.GroupSees("updated the group's agreements").Says("“1”"), transcript.Output);
        Assert.True(transcript.GroupSees("updated the group's agreements", "garden").Says("“2”"), transcript.Output);
    }

    [Fact]
    public async Task A_second_CareBot_on_the_same_file_is_refused_while_the_first_runs()
    {
        var second = Assert.ThrowsAny<Exception>(() =>
        {
            using var other = ConsoleHarness.Open(DatabasePath);
            _ = other.Store;
        });

        Assert.Contains("in use by another CareBot", second.Message, StringComparison.Ordinal);
        var stillWorks = await CareBot.RunAsync("alice: /start");
        Assert.Single(stillWorks.Messages);
    }
}
