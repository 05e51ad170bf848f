using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class IncomingMessageTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Commands_addressed_to_the_bot_carry_bot_command_entities()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();

        harness.Server.SendText(group, owner, "/offer@carebot_test_bot soup on Sundays");
        var message = (await harness.Client.GetUpdates(cancellationToken: Ct)).Single().Message!;

        var entity = Assert.Single(message.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 23), (entity.Type, entity.Offset, entity.Length));
        Assert.Equal(owner.Id, message.From!.Id);
    }

    [Fact]
    public async Task With_privacy_mode_on_the_bot_sees_only_commands_and_replies_in_groups()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var botMessage = await harness.Client.SendMessage(group.Id, "What do you need?", cancellationToken: Ct);

        harness.Server.SendText(group, owner, "just chatting");
        harness.Server.SendText(group, owner, "soup please", replyToMessageId: botMessage.Id);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal("soup please", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task With_privacy_mode_on_commands_for_other_bots_stay_hidden()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();

        harness.Server.SendText(group, owner, "/help@some_other_bot");
        harness.Server.SendText(group, owner, "/help");
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal("/help", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task With_privacy_mode_off_the_bot_sees_everything_in_its_groups()
    {
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { PrivacyMode = false });
        var (group, owner) = await harness.GroupWithBotAsync();

        harness.Server.SendText(group, owner, "just chatting");
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal("just chatting", Assert.Single(updates).Message!.Text);
        Assert.True((await harness.Client.GetMe(Ct)).CanReadAllGroupMessages);
    }

    [Fact]
    public async Task A_user_cannot_write_to_the_bot_before_starting_it()
    {
        await using var harness = await Harness.StartAsync();
        var user = harness.Server.CreateUser("Bea");

        Assert.Throws<InvalidOperationException>(() => harness.Server.SendText(harness.Server.PrivateChatWith(user), user, "hello?"));
    }
}
