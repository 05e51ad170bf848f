using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>The bot arriving in and leaving a group: the group is greeted once per arrival, however often it is announced.</summary>
public sealed class SpaceArrivalTests
{
    private static readonly SpaceRef Town = new(KnownPlatforms.Console, EngineHarness.Group);

    [Fact]
    public async Task A_group_is_greeted_once_even_when_the_platform_announces_the_arrival_twice()
    {
        using var h = new EngineHarness();

        await h.Engine.SpaceJoinedAsync(Town, "Town", null, CancellationToken.None);
        await h.Engine.SpaceJoinedAsync(Town, "Town", null, CancellationToken.None);

        Assert.Single(h.Delivered().InGroup());
    }

    [Fact]
    public async Task A_group_the_bot_left_and_rejoined_is_greeted_again_and_gets_posts_again()
    {
        using var h = new EngineHarness();
        await h.Engine.SpaceJoinedAsync(Town, "Town", null, CancellationToken.None);
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Engine.SpaceLeftAsync(Town, null, CancellationToken.None);
        h.Delivered();

        await h.Dm("bob", "/need a lift to the station tomorrow please");
        Assert.Empty(h.Delivered().InGroup());

        await h.Engine.SpaceJoinedAsync(Town, "Town", null, CancellationToken.None);
        Assert.Single(h.Delivered().InGroup());

        await h.Dm("bob", "/need someone to help me carry boxes on saturday");
        Assert.Contains(h.Delivered().InGroup(), d => d.Text.Contains("Need #2", StringComparison.Ordinal));
    }
}
