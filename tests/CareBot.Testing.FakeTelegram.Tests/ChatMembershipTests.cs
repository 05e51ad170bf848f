using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class ChatMembershipTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Each_status_comes_back_as_its_own_chat_member_type()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var admin = harness.Server.CreateUser("Ana");
        var member = harness.Server.CreateUser("Max");
        var banned = harness.Server.CreateUser("Bo");
        var stranger = harness.Server.CreateUser("Sam");
        harness.Server.SetChatAdmin(group, admin);
        harness.Server.JoinGroup(group, member);
        harness.Server.BanFromGroup(group, banned);

        Assert.IsType<ChatMemberOwner>(await harness.Client.GetChatMember(group.Id, owner.Id, Ct));
        Assert.IsType<ChatMemberAdministrator>(await harness.Client.GetChatMember(group.Id, admin.Id, Ct));
        Assert.IsType<ChatMemberMember>(await harness.Client.GetChatMember(group.Id, member.Id, Ct));
        Assert.IsType<ChatMemberBanned>(await harness.Client.GetChatMember(group.Id, banned.Id, Ct));
        Assert.IsType<ChatMemberLeft>(await harness.Client.GetChatMember(group.Id, stranger.Id, Ct));
        Assert.Equal("Ana", (await harness.Client.GetChatMember(group.Id, admin.Id, Ct)).User.FirstName);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetChatMember(group.Id, 424242, Ct));

        Assert.Equal("Bad Request: user not found", error.Message);
    }

    [Fact]
    public async Task Get_chat_describes_groups_and_private_chats()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync(FakeChatType.Group);
        var user = await harness.StartedUserAsync();

        var groupInfo = await harness.Client.GetChat(group.Id, Ct);
        var privateInfo = await harness.Client.GetChat(user.Id, Ct);

        Assert.Equal((ChatType.Group, "Neighbours"), (groupInfo.Type, groupInfo.Title));
        Assert.Equal((ChatType.Private, "Ada", "ada"), (privateInfo.Type, privateInfo.FirstName, privateInfo.Username));
    }

    [Fact]
    public async Task A_group_the_bot_never_joined_is_invisible_to_it()
    {
        await using var harness = await Harness.StartAsync();
        var group = harness.Server.CreateGroup("Secret club");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetChat(group.Id, Ct));

        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task Leaving_a_group_ends_the_bots_membership()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        await harness.Client.LeaveChat(group.Id, Ct);
        var update = (await harness.Client.GetUpdates(cancellationToken: Ct)).Single();

        Assert.Equal(ChatMemberStatus.Left, update.MyChatMember!.NewChatMember.Status);
        Assert.Equal("left", harness.Server.StatusOf(group, harness.Server.Bot));
    }

    [Fact]
    public async Task Blocking_and_restarting_the_bot_are_membership_changes_in_the_private_chat()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();

        harness.Server.BlockBot(user);
        harness.Server.UserStartsBot(user);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Equal(ChatMemberStatus.Kicked, updates[0].MyChatMember!.NewChatMember.Status);
        Assert.Equal(ChatMemberStatus.Member, updates[1].MyChatMember!.NewChatMember.Status);
        Assert.Equal("/start", updates[2].Message!.Text);
        Assert.NotNull(await harness.Client.SendMessage(user.Id, "welcome back", cancellationToken: Ct));
    }

    [Fact]
    public async Task Chat_actions_are_recorded()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();

        await harness.Client.SendChatAction(user.Id, ChatAction.UploadPhoto, cancellationToken: Ct);

        Assert.Equal("upload_photo", harness.Server.ChatActions.Single().Action);
    }
}
