using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class SupergroupUpgradeTests
{
    private const string UpgradedDescription = "Bad Request: group chat was upgraded to a supergroup chat";

    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task The_bot_hears_first_that_the_group_moved_then_that_the_supergroup_came_from_it()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);

        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal(2, updates.Length);
        var movedOut = updates[0].Message!;
        var movedIn = updates[1].Message!;
        Assert.Equal((group.Id, ChatType.Group, supergroup.Id, owner.Id), (movedOut.Chat.Id, movedOut.Chat.Type, movedOut.MigrateToChatId, movedOut.From!.Id));
        Assert.Equal((supergroup.Id, ChatType.Supergroup, group.Id, owner.Id), (movedIn.Chat.Id, movedIn.Chat.Type, movedIn.MigrateFromChatId, movedIn.From!.Id));
        Assert.Null(movedOut.MigrateFromChatId);
        Assert.Null(movedIn.MigrateToChatId);
        Assert.Null(movedOut.Text);
        Assert.Null(movedIn.Text);
        Assert.Equal(MessageType.MigrateToChatId, movedOut.Type);
        Assert.Equal(MessageType.MigrateFromChatId, movedIn.Type);
    }

    [Fact]
    public async Task The_supergroup_has_a_new_id_in_supergroup_form_and_the_same_title()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);

        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);
        var info = await harness.Client.GetChat(supergroup.Id, Ct);

        Assert.NotEqual(group.Id, supergroup.Id);
        Assert.StartsWith("-100", supergroup.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal((FakeChatType.Supergroup, "Neighbours"), (supergroup.Type, supergroup.Title));
        Assert.Equal((ChatType.Supergroup, "Neighbours"), (info.Type, info.Title));
    }

    [Fact]
    public async Task Sending_to_the_old_group_answers_400_with_the_supergroups_id()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "still there?" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Ok);
        Assert.Equal((400, UpgradedDescription), (response.ErrorCode, response.Description));
        Assert.Equal(supergroup.Id, response.Body.GetProperty("parameters").GetProperty("migrate_to_chat_id").GetInt64());
        Assert.False(response.Body.GetProperty("parameters").TryGetProperty("retry_after", out _));
        Assert.DoesNotContain(harness.Server.MessagesIn(group), message => message.PlainText == "still there?");
        var issued = Assert.Single(harness.Server.Requests.Errors);
        Assert.Equal(("sendMessage", 400, UpgradedDescription, supergroup.Id), (issued.Method, issued.ErrorCode, issued.Description, issued.MigrateToChatId));
        Assert.Equal(1, harness.Server.Requests.ClientErrorsIssued);
    }

    [Fact]
    public async Task The_real_client_reads_where_the_group_went()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(group.Id, "hello", cancellationToken: Ct));

        Assert.Equal((400, UpgradedDescription, supergroup.Id), (error.ErrorCode, error.Message, error.Parameters!.MigrateToChatId));
    }

    [Theory]
    [InlineData("sendMessage")]
    [InlineData("sendPhoto")]
    [InlineData("sendDocument")]
    [InlineData("sendChatAction")]
    [InlineData("editMessageText")]
    [InlineData("editMessageReplyMarkup")]
    [InlineData("getChat")]
    [InlineData("getChatMember")]
    [InlineData("leaveChat")]
    [InlineData("setMyCommands")]
    [InlineData("getMyCommands")]
    [InlineData("deleteMyCommands")]
    public async Task Every_method_naming_the_old_group_is_sent_on_to_the_supergroup(string method)
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var sent = await harness.Client.SendMessage(group.Id, "before", cancellationToken: Ct);
        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);

        var response = await harness.Raw.CallAsync(method, ParametersNaming(method, group.Id, sent.Id, owner.Id), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, UpgradedDescription), (response.Status, response.Description));
        Assert.Equal(supergroup.Id, response.Body.GetProperty("parameters").GetProperty("migrate_to_chat_id").GetInt64());
    }

    [Fact]
    public async Task The_supergroup_keeps_everyones_standing_and_takes_the_bots_messages()
    {
        await using var harness = await Harness.StartAsync();
        var owner = harness.Server.CreateUser("Olga", "olga");
        var admin = harness.Server.CreateUser("Ana");
        var member = harness.Server.CreateUser("Max");
        var group = harness.Server.CreateGroup("Neighbours", owner, FakeChatType.Group);
        harness.Server.AddBotToGroup(group, owner, asAdministrator: true);
        harness.Server.SetChatAdmin(group, admin);
        harness.Server.JoinGroup(group, member);

        var supergroup = harness.Server.UpgradeToSupergroup(group, admin);
        var message = await harness.Client.SendMessage(supergroup.Id, "We moved", cancellationToken: Ct);

        Assert.IsType<ChatMemberAdministrator>(await harness.Client.GetChatMember(supergroup.Id, harness.Server.Bot.Id, Ct));
        Assert.IsType<ChatMemberOwner>(await harness.Client.GetChatMember(supergroup.Id, owner.Id, Ct));
        Assert.IsType<ChatMemberAdministrator>(await harness.Client.GetChatMember(supergroup.Id, admin.Id, Ct));
        Assert.IsType<ChatMemberMember>(await harness.Client.GetChatMember(supergroup.Id, member.Id, Ct));
        Assert.Equal("member", harness.Server.StatusOf(supergroup, member));
        Assert.Equal((supergroup.Id, ChatType.Supergroup), (message.Chat.Id, message.Chat.Type));
        Assert.Equal("We moved", Assert.Single(harness.Server.MessagesIn(supergroup)).PlainText);
        Assert.Empty(harness.Server.Requests.Errors);
    }

    [Fact]
    public async Task People_in_the_supergroup_write_there_and_the_bot_sees_it()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);
        await harness.DrainUpdatesAsync();

        harness.Server.SendText(supergroup, owner, "/need soup");
        var update = Assert.Single(await harness.Client.GetUpdates(cancellationToken: Ct));

        Assert.Equal((supergroup.Id, "/need soup"), (update.Message!.Chat.Id, update.Message.Text));
    }

    [Fact]
    public async Task A_bot_outside_the_group_hears_nothing_of_the_upgrade()
    {
        await using var harness = await Harness.StartAsync();
        var owner = harness.Server.CreateUser("Olga");
        var group = harness.Server.CreateGroup("Neighbours", owner, FakeChatType.Group);

        var supergroup = harness.Server.UpgradeToSupergroup(group, owner);

        Assert.Equal(0, harness.Server.PendingUpdateCount);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetChat(supergroup.Id, Ct));
        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task A_supergroup_cannot_be_upgraded_again()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Supergroup);

        Assert.Throws<InvalidOperationException>(() => harness.Server.UpgradeToSupergroup(group, owner));
        Assert.Equal(0, harness.Server.PendingUpdateCount);
    }

    [Fact]
    public async Task A_private_chat_cannot_be_upgraded()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();

        Assert.Throws<InvalidOperationException>(() => harness.Server.UpgradeToSupergroup(harness.Server.PrivateChatWith(user), user));
    }

    [Fact]
    public async Task A_group_upgraded_once_is_gone_for_scripting_too()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        harness.Server.UpgradeToSupergroup(group, owner);

        Assert.Throws<InvalidOperationException>(() => harness.Server.UpgradeToSupergroup(group, owner));
        Assert.Throws<InvalidOperationException>(() => harness.Server.SendText(group, owner, "hello?"));
    }

    [Fact]
    public async Task Only_the_creator_or_an_administrator_can_upgrade_a_group()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var member = harness.Server.CreateUser("Max");
        harness.Server.JoinGroup(group, member);

        Assert.Throws<InvalidOperationException>(() => harness.Server.UpgradeToSupergroup(group, member));
        Assert.Equal(0, harness.Server.PendingUpdateCount);
    }

    /// <summary>A call that would succeed on the group before its upgrade, so only the upgrade can explain the 400.</summary>
    private static object ParametersNaming(string method, long chatId, int messageId, long userId)
    {
        var scope = new { type = "chat", chat_id = chatId };
        return method switch
        {
            "sendMessage" => new { chat_id = chatId, text = "hello" },
            "sendPhoto" => new { chat_id = chatId, photo = "https://example.org/map.png" },
            "sendDocument" => new { chat_id = chatId, document = "https://example.org/export.json" },
            "sendChatAction" => new { chat_id = chatId, action = "typing" },
            "editMessageText" => new { chat_id = chatId, message_id = messageId, text = "after" },
            "editMessageReplyMarkup" => new
            {
                chat_id = chatId,
                message_id = messageId,
                reply_markup = new { inline_keyboard = new[] { new[] { new { text = "Help", callback_data = "claim:1" } } } },
            },
            "getChatMember" => new { chat_id = chatId, user_id = userId },
            "setMyCommands" => new { commands = new[] { new { command = "need", description = "Ask for help" } }, scope },
            "getMyCommands" or "deleteMyCommands" => new { scope },
            _ => new { chat_id = chatId },
        };
    }
}
