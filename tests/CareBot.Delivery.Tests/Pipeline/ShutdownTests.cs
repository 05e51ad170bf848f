using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>Stopping the host never loses a message and never sends one twice.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_shutdown_waits_for_the_request_in_flight_records_it_and_nothing_is_sent_twice_after_the_restart()
    {
        await using var rig = PipelineHarness.RealTime();
        rig.Platform.Stall("a1");
        await rig.Post("hall", "ann", "a1");
        await rig.Post("hall", "ann", "a2");
        var a1 = rig.Pending()[0];
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a1");

        var stopping = rig.StopAsync();
        await rig.Platform.ShutdownSeen.WaitAsync(Waits.Ceiling);
        var stoppedBeforeTheAnswer = stopping.IsCompleted;
        rig.Platform.Release("a1");
        await stopping;
        var a1AfterStop = rig.Stored(a1.Id);
        var pendingAfterStop = rig.Pending().Select(message => ScriptedPlatform.TagOf(message)).ToList();

        await rig.RestartAsync();
        await rig.Calls.WaitForRequests("a2");

        Assert.False(stoppedBeforeTheAnswer);
        Assert.Null(a1AfterStop);
        Assert.Equal(["a2"], pendingAfterStop);
        Assert.Equal(["a1", "a2"], rig.Calls.Requests.Select(call => call.Tag));
    }
}
