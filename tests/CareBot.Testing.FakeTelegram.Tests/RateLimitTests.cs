using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_burst_past_the_per_chat_limit_is_answered_429_with_retry_after()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var user = await harness.StartedUserAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await harness.Raw.CallAsync("sendMessage", new { chat_id = user.Id, text = $"#{i}" }, Ct)).Ok);
        }

        var limited = await harness.Raw.CallAsync("sendMessage", new { chat_id = user.Id, text = "one too many" }, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal((429, "Too Many Requests: retry after 1", 1), (limited.ErrorCode, limited.Description, limited.RetryAfter));
        Assert.Equal(1, harness.Server.Requests.TooManyRequestsIssued);
        Assert.Equal(3, harness.Server.SentMessages.Count);
    }

    [Fact]
    public async Task The_real_client_surfaces_429_as_an_exception_with_retry_after()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var user = await harness.StartedUserAsync();
        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendMessage(user.Id, $"#{i}", cancellationToken: Ct);
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(user.Id, "again", cancellationToken: Ct));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters!.RetryAfter);
    }

    [Fact]
    public async Task Waiting_out_the_retry_after_lets_the_message_through()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var user = await harness.StartedUserAsync();
        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendMessage(user.Id, $"#{i}", cancellationToken: Ct);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Client.SendMessage(user.Id, "after waiting", cancellationToken: Ct);

        Assert.Equal(4, harness.Server.MessagesIn(harness.Server.PrivateChatWith(user)).Count);
        Assert.Equal(0, harness.Server.Requests.TooManyRequestsIssued);
    }

    [Fact]
    public async Task A_group_gets_at_most_20_messages_a_minute_even_when_sent_slowly()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var (group, _) = await harness.GroupWithBotAsync();
        for (var i = 0; i < 20; i++)
        {
            await harness.Client.SendMessage(group.Id, $"#{i}", cancellationToken: Ct);
            clock.Advance(TimeSpan.FromSeconds(2));
        }

        var limited = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "21st" }, Ct);

        Assert.Equal(429, limited.ErrorCode);
        Assert.Equal(20, limited.RetryAfter); // the first message leaves the rolling minute 20 s from now
    }

    [Fact]
    public async Task At_most_30_messages_a_second_go_out_across_all_chats()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var users = new List<FakeUser>();
        for (var i = 0; i < 31; i++)
        {
            users.Add(harness.Server.CreateUser($"User{i}"));
            harness.Server.UserStartsBot(users[^1]);
        }

        var answers = new List<RawResponse>();
        foreach (var user in users)
        {
            answers.Add(await harness.Raw.CallAsync("sendMessage", new { chat_id = user.Id, text = "news" }, Ct));
        }

        Assert.Equal(30, answers.Count(answer => answer.Ok));
        Assert.Equal(1, answers[^1].RetryAfter);
    }

    [Fact]
    public async Task Limits_can_be_switched_off()
    {
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled });
        var user = await harness.StartedUserAsync();

        for (var i = 0; i < 10; i++)
        {
            await harness.Client.SendMessage(user.Id, $"#{i}", cancellationToken: Ct);
        }

        Assert.Equal(0, harness.Server.Requests.TooManyRequestsIssued);
    }
}
