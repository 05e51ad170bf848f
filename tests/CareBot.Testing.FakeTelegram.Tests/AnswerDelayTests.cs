using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;

namespace CareBot.Testing.FakeTelegram.Tests;

/// <summary>A slow answer, as from Telegram: the message has arrived while the bot still waits to hear so.</summary>
public sealed class AnswerDelayTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_message_is_in_its_chat_before_its_delayed_answer_leaves()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock, AnswerDelay = TimeSpan.FromSeconds(2) });
        var user = harness.Server.CreateUser("Ada", "ada");
        harness.Server.UserStartsBot(user);
        var chat = harness.Server.PrivateChatWith(user);

        var sending = harness.Client.SendMessage(chat.Id, "Hello", cancellationToken: Ct);
        await harness.Server.WaitForMessageCountAsync(chat, 1, Harness.Timeout, Ct);
        var answeredEarly = sending.IsCompleted;

        // The fake may not have started its wait when the message shows (a busy machine): a timer started after the
        // clock moved would wait for a moment that never comes, so the clock moves on until the answer leaves.
        while (!sending.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromMilliseconds(200), Ct));
        }

        var sent = await sending;

        Assert.False(answeredEarly);
        Assert.Equal("Hello", sent.Text);
    }

    [Fact]
    public async Task Every_call_is_logged_with_the_moment_it_arrived()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var before = clock.GetUtcNow();

        await harness.Client.GetMe(Ct);
        clock.Advance(TimeSpan.FromSeconds(3));
        await harness.Client.GetMe(Ct);

        Assert.Equal([new ReceivedCall("getMe", before), new ReceivedCall("getMe", before.AddSeconds(3))], harness.Server.Requests.Calls);
    }
}
