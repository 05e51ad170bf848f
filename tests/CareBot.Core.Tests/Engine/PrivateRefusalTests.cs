using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// A mistake made in a group is the person's own business: answered privately when the bot can write to them, or else
/// in the group for a minute and then removed.
/// </summary>
public sealed class PrivateRefusalTests
{
    [Fact]
    public async Task Someone_with_a_private_chat_is_refused_privately_and_the_group_sees_nothing()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Dm("alice", "/mine");
        h.Delivered();

        var refusal = await h.Refuses(x => x.Say("alice", "/claim 1"));

        Assert.True(refusal.IsTo("alice"));
        Assert.Contains("is your own need", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(h.History, d => d.IsInGroup() && d.Text.Contains("your own need", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_the_bot_cannot_write_to_is_refused_in_the_group_and_the_refusal_is_removed_a_minute_later()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        // Carol has never written to the bot privately, nor had a private message from it.
        await h.Say("carol", "/claim 99");
        var shown = h.Engine.Outbox.Due(KnownPlatforms.Console, 10).Single();
        Assert.False(shown.Destination.IsDirect);
        Assert.Equal(CareEngine.RefusalShownFor, shown.ShownFor);

        await h.Engine.Outbox.MarkSentAsync(shown.Id, ["4242"], CancellationToken.None);
        Assert.Empty(h.Engine.Outbox.Due(KnownPlatforms.Console, 10));

        h.Clock.Advance(CareEngine.RefusalShownFor);
        var removal = Assert.Single(h.Engine.Outbox.Due(KnownPlatforms.Console, 10));
        Assert.Equal(["4242"], removal.Removes);
        Assert.Equal(shown.Destination, removal.Destination);
        Assert.Empty(removal.Content.Lines);
    }

    [Fact]
    public async Task A_private_message_that_could_not_be_delivered_closes_the_private_chat_again()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Dm("bob", "/mine");
        h.Delivered();
        await h.Say("alice", "/need a ride to the clinic on friday");
        var ask = h.Engine.Outbox.Due(KnownPlatforms.Console, 10).Single(m => m.Destination.IsDirect && m.Destination.ChatId == People.IdOf("bob"));
        await h.Engine.Outbox.HoldUntilReachableAsync(ask.Id, "blocked the bot", CancellationToken.None);
        h.Delivered();

        var refusal = await h.Refuses(x => x.Say("bob", "/claim 99"));

        Assert.True(refusal.IsInGroup());
    }
}
