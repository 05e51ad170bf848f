using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>Who is never asked about a need, one rule at a time; Bob always offers rides, Carol proves the need was asked.</summary>
public sealed class MatchingExclusionTests
{
    private const string Need = "/need a ride to the clinic on friday";

    [Fact]
    public async Task The_requester_is_never_asked_about_their_own_need()
    {
        using var h = await Drivers();
        await h.Say("alice", "/offer rides anywhere in town");

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(["bob", "carol"], delivered.AskedPeople().Order());
    }

    [Fact]
    public async Task Paused_members_are_never_asked()
    {
        using var h = await Drivers();
        await h.Say("bob", "/pause 7");

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task A_pause_ends_on_its_own_and_resume_ends_it_early()
    {
        using var h = await Drivers();
        await h.Say("bob", "/pause 2");
        await h.Say("carol", "/pause");

        await h.Advance(TimeSpan.FromDays(2));
        await h.Say("carol", "/resume");
        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(["bob", "carol"], delivered.AskedPeople().Order());
    }

    [Fact]
    public async Task Members_at_their_cap_are_never_asked()
    {
        using var h = await Drivers();
        await h.Say("bob", "/me cap 1");
        await h.Say("erin", "/need a lift to the station on monday");
        await h.Say("bob", "/claim 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Finishing_a_commitment_frees_a_place_under_the_cap()
    {
        using var h = await Drivers();
        await h.Say("bob", "/me cap 1");
        await h.Say("erin", "/need a lift to the station on monday");
        await h.Say("bob", "/claim 1");
        await h.Say("bob", "/done 1");

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Contains("bob", delivered.AskedPeople());
    }

    [Fact]
    public async Task When_the_group_skips_other_zones_members_outside_the_needs_zone_are_never_asked()
    {
        using var h = await Drivers();
        await h.Agree("zones", "north, south");
        await h.Agree("outside-zone", "skip");
        await h.Say("bob", "/me zone south");
        await h.Say("carol", "/me zone north");
        await h.Say("dave", "/offer zone south rides to the hospital");

        var delivered = await h.Accepts(x => x.Say("alice", "/need zone north a ride to the clinic on friday"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task When_the_group_asks_across_zones_members_outside_the_needs_zone_are_asked_too()
    {
        using var h = await Drivers();
        await h.Agree("zones", "north, south");
        await h.Agree("wave-size", "5");
        await h.Say("bob", "/me zone south");
        await h.Say("carol", "/me zone north");

        var delivered = await h.Accepts(x => x.Say("alice", "/need zone north a ride to the clinic on friday"));

        Assert.Equal(["bob", "carol"], delivered.AskedPeople().Order());
    }

    [Fact]
    public async Task Members_past_todays_limit_of_requests_are_not_asked_until_their_next_day()
    {
        using var h = await Drivers();
        await h.Agree("daily-limit", "1");
        await h.Say("erin", "/need a lift to the station on monday");
        Assert.Equal(["bob", "carol"], h.Delivered().AskedPeople().Order());

        var sameDay = await h.Accepts(x => x.Say("alice", Need));
        Assert.Empty(sameDay.AskedPeople());
        Assert.DoesNotContain("Nobody's offers match", sameDay.To("alice").Single().Text, StringComparison.Ordinal);

        await h.Advance(TimeSpan.FromHours(24));
        Assert.Equal(["bob", "carol"], h.Delivered().AskedPeople().Order());
    }

    [Fact]
    public async Task Members_with_notifications_off_are_never_asked()
    {
        using var h = await Drivers();
        await h.Say("bob", "/me notify off");

        var delivered = await h.Accepts(x => x.Say("alice", Need));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task Members_in_digest_mode_get_requests_in_the_evening()
    {
        using var h = await Drivers();
        await h.Say("bob", "/me notify digest");

        var delivered = await h.Accepts(x => x.Say("alice", Need));
        Assert.Equal(["carol"], delivered.AskedPeople());

        await h.Advance(TimeSpan.FromHours(8));
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
        Assert.Equal(18, h.Now.Hour);
    }

    [Fact]
    public async Task Requests_wait_for_the_end_of_quiet_hours()
    {
        using var h = await Drivers();
        await h.Say("bob", "/me quiet 09-12");

        var delivered = await h.Accepts(x => x.Say("alice", Need));
        Assert.Equal(["carol"], delivered.AskedPeople());

        await h.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task Whoever_passed_is_not_asked_again_and_nobody_is_asked_twice()
    {
        using var h = await Drivers();
        await h.Agree("wave-size", "1");
        await h.Say("dave", "/offer driving people to appointments");
        await h.Say("alice", Need);
        var first = h.Delivered().AskedPeople();
        Assert.Equal(["bob"], first);

        await h.Say("bob", "/pass 1");
        var afterPass = h.Delivered().AskedPeople();
        Assert.Equal(["carol"], afterPass);

        await h.Advance(TimeSpan.FromHours(12));
        Assert.Equal(["dave"], h.Delivered().AskedPeople());
        await h.Advance(TimeSpan.FromHours(12));
        Assert.Empty(h.Delivered().AskedPeople());
        Assert.Equal(["bob", "carol", "dave"], h.History.AskedPeople());
    }

    [Fact]
    public async Task Someone_who_passed_can_still_claim_from_the_group_post()
    {
        using var h = await Drivers();
        await h.Say("alice", Need);
        await h.Say("bob", "/pass 1");

        await h.Accepts(x => x.Say("bob", "/claim 1"));

        Assert.Equal(Core.Needs.NeedState.Claimed, h.Need(1).State);
    }

    private static async Task<EngineHarness> Drivers()
    {
        var h = new EngineHarness();

        // These rules are about who may be asked, so each wave is wide enough to show everyone who may.
        await h.Agree("wave-size", "3");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/offer I can drive people to the doctor");
        h.Delivered();
        return h;
    }
}
