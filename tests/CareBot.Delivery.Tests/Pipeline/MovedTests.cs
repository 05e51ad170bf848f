using CareBot.Core.Platforms;
using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>A group that got a new address (a Telegram group upgraded to a supergroup) keeps its messages, in order.</summary>
public sealed class MovedTests
{
    [Fact]
    public async Task Messages_for_a_group_that_moved_go_to_its_new_address_at_once_in_order_and_never_to_the_old_one_again()
    {
        // The clock never moves: "at once" means woken by the move itself, not by a later look at the outbox.
        await using var rig = PipelineHarness.OnFakeClock();
        rig.Platform.Answer("a1", DeliveryVerdict.Moved(new SpaceRef(ScriptedPlatform.Id, "hall2"), "group upgraded"));
        await rig.Post("hall", "ann", "a1");
        await rig.Post("hall", "ann", "a2");
        await rig.Post("hall", "bob", "b1");
        await rig.StartAsync();

        await rig.Calls.WaitForRequests("a1", times: 2);
        await rig.Calls.WaitForRequests("a2");
        await rig.Calls.WaitForRequests("b1");

        Assert.Equal(["a1→hall", "a1→hall2", "b1→hall2", "a2→hall2"], rig.Calls.All.Select(call => $"{call.Tag}→{call.Destination}"));
    }
}
