using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>
/// A request held for someone's quiet hours is decided again when they end, by the rules as they stand then: Bob sleeps
/// 22-08 (UTC, the group's time zone), Carol has no quiet hours, both drive, and Alice asks for a ride at 23:00.
/// </summary>
public sealed class HeldRequestTests
{
    private const string Need = "/need a ride to the clinic on friday";

    [Fact]
    public async Task Someone_who_takes_a_break_overnight_is_not_asked_in_the_morning()
    {
        using var h = await BobAsleepAndAliceAsking();
        await h.Say("bob", "/pause");

        await h.Advance(TimeSpan.FromHours(10));

        Assert.Empty(h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task Someone_who_reaches_their_cap_overnight_is_not_asked_in_the_morning()
    {
        using var h = await BobAsleepAndAliceAsking();
        await h.Say("erin", "/need a lift to the station on monday");
        await h.Say("bob", "/me cap 1");
        await h.Say("bob", "/claim 2");

        await h.Advance(TimeSpan.FromHours(10));

        Assert.DoesNotContain("bob", h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task Someone_who_moves_their_quiet_hours_overnight_is_asked_when_the_new_ones_end()
    {
        using var h = await BobAsleepAndAliceAsking();
        await h.Say("bob", "/me quiet 22-10");

        await h.Advance(TimeSpan.FromHours(9));
        Assert.Empty(h.Delivered().AskedPeople());

        await h.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task A_request_held_overnight_counts_towards_the_day_it_arrives()
    {
        using var h = await BobAsleepAndAliceAsking(dailyLimit: 1);
        await h.Advance(TimeSpan.FromHours(9));
        Assert.Equal(["bob"], h.Delivered().AskedPeople());

        await h.Say("erin", "/need a lift to the station on monday");

        Assert.DoesNotContain("bob", h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task A_request_that_would_not_fit_into_the_morning_waits_for_a_later_day_instead_of_being_lost()
    {
        using var h = await BobAsleepAndAliceAsking(dailyLimit: 1);
        await h.Say("erin", "/need a lift to the station on monday");
        await h.Say("carol", "/pause 3");

        // Tuesday 08:00 Bob hears of Alice's need, his one request that day; Erin's waits for Wednesday.
        await h.Advance(TimeSpan.FromHours(37));

        var asked = h.Delivered().Asks().Where(ask => ask.IsTo("bob")).Select(ask => ask.Buttons.Single(b => b.Label == "Not this time").Command);
        Assert.Equal(["/pass 1", "/pass 2"], asked);
    }

    /// <summary>Monday 23:00: Alice's need is posted, Carol asked at once, Bob's request held until 08:00.</summary>
    private static async Task<EngineHarness> BobAsleepAndAliceAsking(int? dailyLimit = null)
    {
        var h = new EngineHarness();

        // Both drivers are asked in the first wave, and no second wave comes during the night these tests watch.
        await h.Agree("wave-size", "3");
        await h.Agree("wave-hours", "12");
        if (dailyLimit is { } limit)
        {
            await h.Agree("daily-limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me quiet 22-08");
        await h.Say("carol", "/offer I can drive people to the doctor");
        await h.Advance(TimeSpan.FromHours(13));
        h.Delivered();

        await h.Say("alice", Need);
        var asked = h.Delivered().AskedPeople();
        Assert.Equal(["carol"], asked);
        return h;
    }
}
