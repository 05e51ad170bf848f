using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// One member flooding the group with commands: past the agreed commands per minute and per hour they are told once,
/// privately, and the extra commands change nothing; everyone else goes on as before.
/// </summary>
public sealed class CommandLimitTests
{
    private const string TooMany = "a lot of commands";

    [Fact]
    public async Task Past_ten_commands_a_minute_a_member_is_told_once_privately_and_the_extras_change_nothing()
    {
        using var harness = new EngineHarness();
        await harness.Join("alice");
        await Commands(harness, "alice", 9);

        harness.Delivered();
        var before = harness.StoredState();

        for (var i = 0; i < 20; i++)
        {
            var refused = await harness.Say("alice", $"/need a ride to the clinic number {i}");
            Assert.False(refused.Succeeded);
        }

        var delivered = harness.Delivered();
        var notice = Assert.Single(delivered);
        Assert.True(notice.IsTo("alice"), notice.ToString());
        Assert.Contains(TooMany, notice.Text, StringComparison.Ordinal);
        Assert.Equal(before, harness.StoredState());
    }

    [Fact]
    public async Task A_member_past_the_limit_does_not_hold_up_anyone_else()
    {
        using var harness = new EngineHarness();
        await harness.Join("alice", "bob");
        for (var i = 0; i < 30; i++)
        {
            await harness.Say("alice", "/needs");
        }

        var posted = await harness.Accepts(h => h.Say("bob", "/need a ride to the clinic on Friday"));

        Assert.Contains(posted.InGroup(), d => d.Text.Contains("ride to the clinic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_minute_later_the_member_is_heard_again_and_told_again_only_after_a_new_flood()
    {
        using var harness = new EngineHarness();
        await harness.Join("alice");
        await Commands(harness, "alice", 12);

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var posted = await harness.Accepts(h => h.Say("alice", "/need a ride to the clinic on Friday"));
        Assert.Contains(posted.InGroup(), d => d.Text.Contains("ride to the clinic", StringComparison.Ordinal));

        await Commands(harness, "alice", 12);

        Assert.Single(harness.Delivered(), d => d.IsTo("alice") && d.Text.Contains(TooMany, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_hour_limit_holds_a_member_who_waits_out_each_minute()
    {
        using var harness = new EngineHarness();
        await harness.Agree("commands-per-hour", "15");
        await harness.Join("alice");
        await Commands(harness, "alice", 9);

        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await harness.Say("alice", "/mine")).Succeeded, $"command {i} after the minute was refused");
        }

        Assert.False((await harness.Say("alice", "/mine")).Succeeded);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False((await harness.Say("alice", "/mine")).Succeeded);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await harness.Say("alice", "/mine")).Succeeded);
    }

    [Fact]
    public async Task Button_presses_count_and_a_refused_press_is_answered_on_the_press_alone()
    {
        using var harness = new EngineHarness();
        await harness.Join("alice", "bob");
        await harness.Say("bob", "/need a ride to the clinic on Friday");
        var post = harness.Delivered().InGroup().Single(d => d.HasButton("/claim 1"));
        await Commands(harness, "alice", 9);

        harness.Delivered();
        var before = harness.StoredState();

        var inGroup = Conversation.Group(KnownPlatforms.Console, EngineHarness.Group, EngineHarness.Group);
        var press = await harness.Engine.HandleAsync(
            new Inbound(People.UserOf("alice"), inGroup, post.Button("I can help").Command) { IsButtonPress = true }, CancellationToken.None);

        Assert.False(press.Succeeded);
        Assert.Contains(TooMany, press.Problem!.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Delivered());
        Assert.Equal(before, harness.StoredState());
    }

    [Fact]
    public async Task The_agreements_show_the_limits_and_admins_set_them()
    {
        using var harness = new EngineHarness();
        await harness.Join("alice");
        await harness.Say("alice", "/agreements");
        Assert.Contains("10 commands a minute and 60 an hour", harness.Delivered().Single().Text, StringComparison.Ordinal);

        await harness.Agree("commands-per-minute", "3");
        await harness.Say("alice", "/agreements");
        Assert.Contains("3 commands a minute", harness.Delivered().Single().Text, StringComparison.Ordinal);
        // A change of limits starts a fresh count: the /agreements just now was the first of three.
        Assert.True((await harness.Say("alice", "/mine")).Succeeded);
        Assert.True((await harness.Say("alice", "/mine")).Succeeded);
        Assert.False((await harness.Say("alice", "/mine")).Succeeded);
    }

    /// <summary>The person gives <paramref name="count"/> harmless commands in the group, whether or not they are refused.</summary>
    private static async Task Commands(EngineHarness harness, string person, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await harness.Say(person, "/mine");
        }
    }

    [Theory]
    [InlineData("commands-per-minute", "0")]
    [InlineData("commands-per-minute", "61")]
    [InlineData("commands-per-hour", "none")]
    public async Task Limits_out_of_range_are_refused(string key, string value)
    {
        using var harness = new EngineHarness();
        harness.Admins.Grant(People.IdOf("admin"), EngineHarness.Group);
        await harness.Join("admin");

        await harness.Refuses(h => h.Say("admin", $"/agree {key} {value}"));
    }
}
