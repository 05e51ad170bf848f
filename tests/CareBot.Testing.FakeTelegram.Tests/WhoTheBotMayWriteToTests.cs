using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class WhoTheBotMayWriteToTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_user_who_never_started_the_bot_cannot_be_messaged_until_they_do()
    {
        await using var harness = await Harness.StartAsync();
        var user = harness.Server.CreateUser("Bea", "bea");

        var before = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(user.Id, "hello", cancellationToken: Ct));
        harness.Server.UserStartsBot(user, payload: "join-7");
        var after = await harness.Client.SendMessage(user.Id, "hello", cancellationToken: Ct);

        Assert.Equal((403, "Forbidden: bot can't initiate conversation with a user"), (before.ErrorCode, before.Message));
        Assert.Equal(ChatType.Private, after.Chat.Type);
        Assert.Equal("Bea", after.Chat.FirstName);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_cannot_be_messaged()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();
        harness.Server.BlockBot(user);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(user.Id, "hello", cancellationToken: Ct));

        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task A_bot_removed_from_a_supergroup_is_told_it_was_kicked()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        harness.Server.RemoveBotFromGroup(group, owner);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(group.Id, "still here?", cancellationToken: Ct));

        Assert.Equal((403, "Forbidden: bot was kicked from the supergroup chat"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task A_user_cannot_be_addressed_by_username()
    {
        await using var harness = await Harness.StartAsync();
        await harness.StartedUserAsync();

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = "@ada", text = "hi" }, Ct);

        Assert.Equal("Bad Request: chat not found", response.Description);
    }

    [Fact]
    public async Task A_public_group_can_be_addressed_by_username()
    {
        await using var harness = await Harness.StartAsync();
        var owner = harness.Server.CreateUser("Olga");
        var group = harness.Server.CreateGroup("Neighbours", owner, username: "neighbours");
        harness.Server.AddBotToGroup(group, owner);

        var message = await harness.Client.SendMessage("@neighbours", "hi", cancellationToken: Ct);

        Assert.Equal(group.Id, message.Chat.Id);
    }
}
