using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Outbox;

/// <summary>What people were told is not kept: once a platform accepts a message, the store forgets it.</summary>
public sealed class DeliveredMessageTests
{
    [Fact]
    public async Task A_delivered_message_leaves_no_copy_in_the_store()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("alice", "/need a ride to the clinic on friday morning");
        Assert.NotEmpty(h.Snapshot().Collections["outbox"]);

        var delivered = h.Delivered();

        Assert.Contains(delivered, d => d.IsTo("bob") && d.Text.Contains("a ride to the clinic", StringComparison.Ordinal));
        Assert.Empty(h.Snapshot().Collections["outbox"]);
        Assert.DoesNotContain(h.Snapshot().DocumentsContaining("a ride to the clinic"), doc => doc.StartsWith("outbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_not_delivered_yet_is_still_kept_for_its_turn()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("bob", "/me quiet 00-23");
        h.Delivered();

        await h.Say("alice", "/need a ride to the clinic on friday morning");
        var now = h.Delivered();

        Assert.DoesNotContain(now, d => d.IsTo("bob"));
        Assert.Contains(h.Snapshot().DocumentsContaining("a ride to the clinic"), doc => doc.StartsWith("outbox", StringComparison.Ordinal));
    }
}
