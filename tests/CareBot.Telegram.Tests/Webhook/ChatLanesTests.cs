using CareBot.Telegram.Tests.Support;
using CareBot.Telegram.Webhook;

namespace CareBot.Telegram.Tests.Webhook;

public sealed class ChatLanesTests
{
    [Fact]
    public async Task A_chats_second_update_waits_for_its_first_while_another_chat_goes_on()
    {
        var lanes = new ChatLanes();
        var firstMayFinish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<string>();

        var first = lanes.RunAsync("chat-a", async () => { await firstMayFinish.Task; Record(order, "a1"); return true; }, TestTimeout.Token);
        var second = lanes.RunAsync("chat-a", () => { Record(order, "a2"); return Task.FromResult(true); }, TestTimeout.Token);
        await lanes.RunAsync("chat-b", () => { Record(order, "b1"); return Task.FromResult(true); }, TestTimeout.Token);

        Assert.False(second.IsCompleted);
        firstMayFinish.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TestTimeout.Wait);

        Assert.Equal(["b1", "a1", "a2"], order);
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task A_lane_whose_work_failed_lets_the_next_update_through()
    {
        var lanes = new ChatLanes();

        await Assert.ThrowsAsync<InvalidOperationException>(() => lanes.RunAsync<bool>("chat-a", () => throw new InvalidOperationException("bug"), TestTimeout.Token));
        var next = await lanes.RunAsync("chat-a", () => Task.FromResult(true), TestTimeout.Token).WaitAsync(TestTimeout.Wait);

        Assert.True(next);
        Assert.Equal(0, lanes.Count);
    }

    private static void Record(List<string> order, string step)
    {
        lock (order)
        {
            order.Add(step);
        }
    }
}
