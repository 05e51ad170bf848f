using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>
/// The engine's outbox signal alone wakes delivery: the clock here never moves, so no poll and no timer can fire, and a
/// message delivered was woken by the signal, whatever the pipeline was doing when it was written.
/// </summary>
public sealed class WakeUpTests
{
    [Fact]
    public async Task A_message_written_while_delivery_is_idle_goes_out_without_the_clock_moving()
    {
        await using var rig = PipelineHarness.OnFakeClock();
        await rig.StartAsync();

        // Its first look found nothing to send, and it went to sleep until the next change (or its idle wait).
        await rig.FakeClock.WaitForTimers(1);
        await rig.Post("hall", "ann", "a1");
        await rig.Calls.WaitForRequests("a1");

        Assert.Equal(PipelineHarness.Start, rig.Now);
    }

    [Fact]
    public async Task Messages_written_while_lanes_are_busy_and_after_they_finished_go_out_without_the_clock_moving()
    {
        await using var rig = PipelineHarness.OnFakeClock();
        rig.Platform.Stall("a1");
        await rig.Post("hall", "ann", "a1");
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a1");

        // While the hall's lane waits for an answer: one for another chat, one for the busy chat itself.
        await rig.Post("porch", "bob", "b1");
        await rig.Post("hall", "cara", "c1");
        await rig.Calls.WaitForRequests("b1");
        rig.Platform.Release("a1");
        await rig.Calls.WaitForRequests("c1");

        // Everything answered and the lanes done: delivery sleeps until the next change.
        await rig.Calls.WaitFor(calls => calls.All(call => call.Answer is not null), "every call answered");
        await rig.Post("hall", "dan", "d1");
        await rig.Calls.WaitForRequests("d1");

        Assert.Equal(PipelineHarness.Start, rig.Now);
        Assert.Equal(["a1", "c1", "d1"], rig.Calls.Requests.Where(call => call.Destination == "hall").Select(call => call.Tag));
    }
}
