using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class CommandMenuTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Menus_are_kept_per_scope_and_language()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        BotCommand[] members = [new() { Command = "offer", Description = "Offer help" }];
        BotCommand[] admins = [new() { Command = "settings", Description = "Group settings" }];
        BotCommand[] german = [new() { Command = "offer", Description = "Hilfe anbieten" }];

        await harness.Client.SetMyCommands(members, BotCommandScope.AllGroupChats(), cancellationToken: Ct);
        await harness.Client.SetMyCommands(admins, BotCommandScope.ChatAdministrators(group.Id), cancellationToken: Ct);
        await harness.Client.SetMyCommands(german, BotCommandScope.AllGroupChats(), "de", cancellationToken: Ct);

        Assert.Equal([new RegisteredCommand("offer", "Offer help")], harness.Server.CommandsFor(CommandScope.AllGroupChats));
        Assert.Equal([new RegisteredCommand("settings", "Group settings")], harness.Server.CommandsFor(CommandScope.ChatAdministrators(group.Id)));
        Assert.Equal("Hilfe anbieten", harness.Server.CommandsFor(CommandScope.AllGroupChats, "de")!.Single().Description);
        Assert.Null(harness.Server.CommandsFor(CommandScope.Default));
        var read = await harness.Client.GetMyCommands(BotCommandScope.ChatAdministrators(group.Id), cancellationToken: Ct);
        Assert.Equal("settings", read.Single().Command);
    }

    [Fact]
    public async Task Deleting_a_menu_leaves_the_others()
    {
        await using var harness = await Harness.StartAsync();
        await harness.Client.SetMyCommands([new BotCommand { Command = "start", Description = "Start" }], cancellationToken: Ct);
        await harness.Client.SetMyCommands([new BotCommand { Command = "mine", Description = "Mine" }], BotCommandScope.AllPrivateChats(), cancellationToken: Ct);

        await harness.Client.DeleteMyCommands(BotCommandScope.AllPrivateChats(), cancellationToken: Ct);

        Assert.Empty(await harness.Client.GetMyCommands(BotCommandScope.AllPrivateChats(), cancellationToken: Ct));
        Assert.Single(await harness.Client.GetMyCommands(cancellationToken: Ct));
    }

    [Theory]
    [InlineData("Offer")]
    [InlineData("/offer")]
    [InlineData("this_command_name_is_far_too_long_x")]
    public async Task Command_names_must_be_lower_case_words_of_up_to_32_characters(string command)
    {
        await using var harness = await Harness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SetMyCommands([new BotCommand { Command = command, Description = "x" }], cancellationToken: Ct));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", error.Message);
    }

    [Fact]
    public async Task A_chat_scope_must_name_a_chat_the_bot_knows()
    {
        await using var harness = await Harness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SetMyCommands([new BotCommand { Command = "x", Description = "x" }], BotCommandScope.Chat(-100123), cancellationToken: Ct));

        Assert.Equal("Bad Request: chat not found", error.Message);
    }
}
