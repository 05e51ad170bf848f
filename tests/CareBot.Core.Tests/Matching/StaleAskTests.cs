using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>
/// Nothing stale is delivered: a request for help that waited for someone's quiet hours or digest is checked again when
/// its time comes, and the next wave (or "nobody left") waits until it has reached them and had its whole window.
/// The group's clock starts on Monday at 10:00 UTC; Bob sleeps 22-08 or reads a digest at 18:00.
/// </summary>
public sealed class StaleAskTests
{
    [Fact]
    public async Task A_request_held_overnight_is_dropped_when_someone_else_took_the_need_meanwhile()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me quiet 22-08");
        await h.Say("carol", "/offer I can drive people to the doctor");
        await h.Advance(TimeSpan.FromHours(13));
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Say("carol", "/claim 1");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(10));

        Assert.Empty(h.Delivered().To("bob"));
        Assert.Empty(h.Member("bob")!.DeferredAsks);
    }

    [Fact]
    public async Task A_digest_request_about_a_need_that_was_met_before_the_evening_is_never_sent()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        await h.Say("alice", "/done 1 sorted, my sister drove me");
        await h.Advance(TimeSpan.FromHours(9));

        Assert.DoesNotContain(h.Delivered(), d => d.IsTo("bob") && d.HasButton("/claim 1"));
    }

    [Fact]
    public async Task The_next_wave_waits_for_a_digest_request_to_have_its_whole_window()
    {
        using var h = new EngineHarness();
        await h.Agree("wave-hours", "12");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        // 18:00: Bob's request reaches him. 22:00 is when the next wave would have come: too soon for Bob.
        await h.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.Contains(h.Delivered(), d => d.IsTo("bob") && d.HasButton("/claim 1"));
        await h.Advance(TimeSpan.FromHours(5));
        Assert.DoesNotContain(h.Delivered().To("alice"), d => d.Text.Contains("nobody has been able", StringComparison.Ordinal));

        // 06:00 on Tuesday Bob has had his twelve hours.
        await h.Advance(TimeSpan.FromHours(7));
        Assert.Contains(h.Delivered().To("alice"), d => d.Text.Contains("nobody has been able", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wave_due_before_the_digest_goes_out_waits_for_it()
    {
        using var h = new EngineHarness();
        await h.Agree("wave-hours", "2");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me notify digest");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        // 12:00 the wave is due, but Bob hears of the need only at 18:00; he has until 20:00.
        await h.Advance(TimeSpan.FromHours(9));
        Assert.DoesNotContain(h.Delivered().To("alice"), d => d.Text.Contains("nobody has been able", StringComparison.Ordinal));

        await h.Advance(TimeSpan.FromHours(2));
        Assert.Contains(h.Delivered().To("alice"), d => d.Text.Contains("nobody has been able", StringComparison.Ordinal));
    }
}
