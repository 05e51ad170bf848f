using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>
/// Asking in waves: one at first by default, the next wave after the wave window, and honesty when nobody is left. Most
/// scenarios here are written for a group that agreed on waves of three every twelve hours (the defaults until the
/// care simulation of issue 13), which shows more of how a wave behaves; the defaults have tests of their own.
/// </summary>
public sealed class WaveTests
{
    private const string Need = "/need a ride to the clinic on friday";

    [Fact]
    public async Task By_default_the_first_wave_asks_one_member()
    {
        using var h = await Drivers(5, asAgreedByDefault: true);

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Single(delivered.AskedPeople());
        Assert.Contains("I've privately asked 1 member whose offer fits", delivered.To("alice").Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_agreements_say_the_best_matched_member_is_asked_first()
    {
        using var h = new EngineHarness();

        var shown = (await h.Accepts(x => x.Say("bob", "/agreements"))).Single();

        Assert.Contains("Each need asks the best-matched member first, then the next after 3 hours without an answer.", shown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_that_agreed_on_three_is_asked_three_at_a_time()
    {
        using var h = await Drivers(5);

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(3, delivered.AskedPeople().Count);
        Assert.Contains("I've privately asked 3 members", delivered.To("alice").Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_group_can_agree_on_another_wave_size()
    {
        using var h = await Drivers(5);
        await h.Agree("wave-size", "2");

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(2, delivered.AskedPeople().Count);
    }

    [Fact]
    public async Task By_default_the_next_wave_is_asked_after_three_hours_without_a_helper()
    {
        using var h = await Drivers(5, asAgreedByDefault: true);
        await h.Say("alice", Need);
        var first = h.Delivered().AskedPeople();

        await h.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1));
        Assert.Empty(h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(1));
        var second = h.Delivered().AskedPeople();

        Assert.Single(first);
        Assert.Single(second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task The_next_wave_is_asked_after_the_agreed_twelve_hours_without_a_helper()
    {
        using var h = await Drivers(5);
        await h.Say("alice", Need);
        var first = h.Delivered().AskedPeople();

        await h.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(1));
        Assert.Empty(h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromMinutes(1));
        var second = h.Delivered().AskedPeople();

        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task The_group_can_agree_on_another_wave_window()
    {
        using var h = await Drivers(5);
        await h.Agree("wave-hours", "3");
        await h.Say("alice", Need);
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(3));

        Assert.Equal(2, h.Delivered().AskedPeople().Count);
    }

    [Fact]
    public async Task No_next_wave_once_someone_has_claimed_it()
    {
        using var h = await Drivers(5);
        await h.Say("alice", Need);
        await h.Say("driver1", "/claim 1");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(24));

        Assert.Empty(h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task When_nobody_matches_the_requester_is_told_so_when_posting()
    {
        using var h = await Drivers(2);

        var delivered = await h.Accepts(x => x.Say("alice", "/need someone to walk my dog this weekend"));

        Assert.Empty(delivered.AskedPeople());
        Assert.Contains("Nobody's offers match it yet", delivered.To("alice").Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_candidates_run_out_the_requester_is_told_honestly_once()
    {
        using var h = await Drivers(4);
        await h.Say("alice", Need);
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(12));
        var second = h.Delivered();
        Assert.Single(second.AskedPeople());
        Assert.Empty(second.To("alice"));

        await h.Advance(TimeSpan.FromHours(12));
        var told = Assert.Single(h.Delivered().To("alice"));
        Assert.Contains("I've asked everyone whose offers match #1, and nobody has been able to take it yet", told.Text, StringComparison.Ordinal);
        Assert.True(told.HasButton("/keep 1") && told.HasButton("/cancel 1"));

        await h.Advance(TimeSpan.FromHours(36));
        Assert.DoesNotContain(h.Delivered().To("alice"), d => d.Text.Contains("asked everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_everyone_asked_has_passed_the_requester_is_told_without_waiting_for_the_next_wave()
    {
        using var h = await Drivers(2);
        await h.Say("alice", Need);
        h.Delivered();

        await h.Say("driver1", "/pass 1");
        Assert.Empty(h.Delivered().To("alice"));
        await h.Say("driver2", "/pass 1");

        Assert.Contains(h.Delivered().To("alice"), d => d.Text.Contains("I've asked everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_someone_asked_has_not_answered_yet_the_wave_window_still_ends_with_an_honest_answer()
    {
        using var h = await Drivers(2);
        await h.Say("alice", Need);
        await h.Say("driver1", "/pass 1");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(12));

        Assert.Contains(h.Delivered().To("alice"), d => d.Text.Contains("I've asked everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Candidates_come_from_shared_categories_whatever_words_were_used()
    {
        using var h = new EngineHarness();
        await h.Agree("wave-size", "5");
        await h.Say("bob", "/offer I have a car");
        await h.Say("carol", "/offer driving on weekends");
        await h.Say("dave", "/offer lifts to the station");
        await h.Say("erin", "/offer cooking hot meals");

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to my mum's"));

        Assert.Equal(["bob", "carol", "dave"], delivered.AskedPeople().Order());
    }

    [Fact]
    public async Task Candidates_also_come_from_close_text_when_no_category_fits()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer accordion practice partner");
        await h.Say("carol", "/offer knitting circle");

        var delivered = await h.Accepts(x => x.Say("alice", "/need someone who plays the accordion"));

        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    [Fact]
    public async Task A_request_names_the_need_and_the_offer_it_matched()
    {
        using var h = await Drivers(1);

        var ask = Assert.Single((await h.Accepts(x => x.Say("alice", Need))).Asks());

        Assert.Contains("a ride to the clinic on friday", ask.Text, StringComparison.Ordinal);
        Assert.Contains("You offered: rides number 1 to appointments", ask.Text, StringComparison.Ordinal);
        Assert.Equal("/claim 1", ask.Button("I can help").Command);
        Assert.Equal("/pass 1", ask.Button("Not this time").Command);
    }

    /// <summary>driver1, driver2, … each offering rides.</summary>
    /// <param name="asAgreedByDefault">Keep the engine's default waves instead of three every twelve hours.</param>
    private static async Task<EngineHarness> Drivers(int count, bool asAgreedByDefault = false)
    {
        var h = new EngineHarness();
        if (!asAgreedByDefault)
        {
            await h.Agree("wave-size", "3");
            await h.Agree("wave-hours", "12");
        }

        for (var i = 1; i <= count; i++)
        {
            await h.Say($"driver{i}", $"/offer rides number {i} to appointments");
        }

        h.Delivered();
        return h;
    }
}
