using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>How messages queue for a destination: in order, one at a time, members taking turns, destinations side by side.</summary>
public sealed class LaneTests
{
    [Fact]
    public async Task Messages_to_one_chat_arrive_in_outbox_order_one_at_a_time()
    {
        await using var rig = PipelineHarness.RealTime();
        rig.Platform.Stall("a1");
        foreach (var tag in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            await rig.Post("hall", "ann", tag);
        }

        await rig.Post("porch", "bob", "b1");
        await rig.StartAsync();

        // b1 was written after every message to the hall and is through: the hall's later messages were read as well,
        // and still wait behind a1, whose answer hasn't come.
        await rig.Calls.WaitForRequests("b1");
        var hallWhileA1Waits = rig.Calls.All.Where(call => call.Destination == "hall").Select(call => call.Tag).ToList();
        rig.Platform.Release("a1");
        await rig.Calls.WaitForRequests("a5");

        Assert.Equal(["a1"], hallWhileA1Waits);
        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], rig.Calls.Requests.Where(call => call.Destination == "hall").Select(call => call.Tag));
        Assert.Equal(1, rig.Calls.MostAtOnceInOneDestination);
    }

    [Fact]
    public async Task A_slow_chat_does_not_hold_up_another()
    {
        await using var rig = PipelineHarness.RealTime();
        rig.Platform.Stall("a1");
        await rig.Post("hall", "ann", "a1");
        await rig.Post("hall", "ann", "a2");
        await rig.Post("porch", "bob", "b1");
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a1");

        await rig.Post("porch", "bob", "b2");
        await rig.Calls.WaitForAnswer("b2");
        var a1Answered = rig.Calls.All.Any(call => call.Tag == "a1" && call.Answer is not null);
        rig.Platform.Release("a1");
        await rig.Calls.WaitForRequests("a2");

        Assert.False(a1Answered);
        Assert.Equal(["b1", "b2"], rig.Calls.Requests.Where(call => call.Destination == "porch").Select(call => call.Tag));
    }

    [Fact]
    public async Task Members_take_turns_so_one_backlog_does_not_hold_up_another_members_answer()
    {
        await using var rig = PipelineHarness.RealTime();
        foreach (var tag in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            await rig.Post("hall", "ann", tag);
        }

        await rig.Post("hall", "bob", "b1");
        await rig.Post("hall", "ann", "a6");
        await rig.Post("hall", "cara", "c1");
        await rig.StartAsync();

        await rig.Calls.WaitFor(calls => calls.Count(call => call.MadeARequest) == 8, "all eight messages");
        var order = rig.Calls.Requests.Select(call => call.Tag).ToList();

        // Ann's backlog goes out in her order, Bob and Cara each get the next turn after one of hers.
        Assert.Equal(["a1", "b1", "c1", "a2", "a3", "a4", "a5", "a6"], order);
    }
}
