using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// A group chat can change address under the bot (a Telegram group upgraded to a supergroup gets a new chat id).
/// The community must carry on at the new address, not start again as a stranger.
/// </summary>
public sealed class SpaceMoveTests
{
    private static readonly SpaceRef Town = new(KnownPlatforms.Console, EngineHarness.Group);
    private static readonly SpaceRef Upgraded = new(KnownPlatforms.Console, "town-upgraded");

    [Fact]
    public async Task After_a_move_the_group_carries_on_with_its_members_offers_and_need_numbers()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("alice", "/need a lift to the station on monday");
        h.Delivered();

        Assert.Equal(SpaceMove.Moved, await h.Engine.SpaceMovedAsync(Town, Upgraded, null, CancellationToken.None));
        var delivered = await h.Accepts(x => x.Say("carol", "/need a ride to the clinic on friday morning", Upgraded.ChatId));

        var post = Assert.Single(delivered.InGroup(Upgraded.ChatId));
        Assert.Contains("#2", post.Text, StringComparison.Ordinal);
        Assert.Equal(["bob"], delivered.AskedPeople());
        Assert.Empty(delivered.InGroup(Town.ChatId));
    }

    [Fact]
    public async Task Messages_still_waiting_for_the_old_address_go_to_the_new_one()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("alice", "/need a lift to the station on monday");

        await h.Engine.SpaceMovedAsync(Town, Upgraded, null, CancellationToken.None);
        var delivered = h.Delivered();

        Assert.Empty(delivered.InGroup(Town.ChatId));
        var post = Assert.Single(delivered.InGroup(Upgraded.ChatId), d => d.Text.Contains("#1", StringComparison.Ordinal));
        Assert.Contains("a lift to the station", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hearing_of_the_same_move_twice_changes_nothing_the_second_time()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Engine.SpaceMovedAsync(Town, Upgraded, null, CancellationToken.None);
        var before = h.StoredState();

        Assert.Equal(SpaceMove.NothingToMove, await h.Engine.SpaceMovedAsync(Town, Upgraded, null, CancellationToken.None));

        Assert.Equal(before, h.StoredState());
    }

    [Fact]
    public async Task A_new_address_already_in_use_is_not_merged_into_the_old_community()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Say("bob", "/mine", Upgraded.ChatId);
        h.Delivered();
        var before = h.StoredState();

        Assert.Equal(SpaceMove.AddressTaken, await h.Engine.SpaceMovedAsync(Town, Upgraded, null, CancellationToken.None));

        Assert.Equal(before, h.StoredState());
    }
}
