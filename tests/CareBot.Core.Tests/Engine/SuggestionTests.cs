using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>What a platform may suggest while someone types a command: only their own community's things.</summary>
public sealed class SuggestionTests
{
    private static readonly SpaceRef Town = new(KnownPlatforms.Console, EngineHarness.Group);
    private static readonly SpaceRef Village = new(KnownPlatforms.Console, "village");

    [Fact]
    public async Task Need_numbers_come_from_the_group_typed_in_and_never_from_another_community()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a lift to the station on friday");
        await h.Say("carol", "/need someone to walk my dog", group: "village");

        var inTown = await h.Engine.SuggestAsync(People.RefOf("bob"), Town, SuggestionKind.Needs, "", 25, CancellationToken.None);
        var inVillage = await h.Engine.SuggestAsync(People.RefOf("bob"), Village, SuggestionKind.Needs, "", 25, CancellationToken.None);

        var need = Assert.Single(inTown);
        Assert.Equal("1", need.Value);
        Assert.Contains("station", need.Label, StringComparison.Ordinal);
        Assert.DoesNotContain(inVillage, s => s.Label.Contains("station", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_stop_at_the_limit_and_follow_what_was_typed()
    {
        using var h = new EngineHarness();
        for (var i = 0; i < 30; i++)
        {
            await h.Say($"p{i}", $"/need help number {i} with shopping");
        }

        var all = await h.Engine.SuggestAsync(People.RefOf("bob"), Town, SuggestionKind.Needs, "", 25, CancellationToken.None);
        var typed = await h.Engine.SuggestAsync(People.RefOf("bob"), Town, SuggestionKind.Needs, "#17", 25, CancellationToken.None);

        Assert.Equal(25, all.Count);
        Assert.Contains(typed, s => s.Value == "17");
        Assert.All(typed, s => Assert.Contains("17", s.Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offer_numbers_are_only_the_persons_own_and_a_stranger_gets_nothing()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/offer cooking for a family");

        var alices = await h.Engine.SuggestAsync(People.RefOf("alice"), null, SuggestionKind.MyOffers, "", 25, CancellationToken.None);
        var strangers = await h.Engine.SuggestAsync(People.RefOf("zed"), null, SuggestionKind.MyOffers, "", 25, CancellationToken.None);

        var offer = Assert.Single(alices);
        Assert.Contains("rides", offer.Label, StringComparison.Ordinal);
        Assert.Empty(strangers);
    }

    [Fact]
    public async Task Zones_are_the_groups_named_zones()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Agree("zones", "north, south");

        var zones = await h.Engine.SuggestAsync(People.RefOf("alice"), Town, SuggestionKind.Zones, "so", 25, CancellationToken.None);

        Assert.Equal("south", Assert.Single(zones).Value);
    }
}
