using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram;

/// <summary>Group membership: people joining, leaving, being promoted or banned, and the bot being added or removed.</summary>
public sealed partial class FakeTelegramServer
{
    public void JoinGroup(FakeChat group, FakeUser user) => SetMemberStatus(group, user, MemberStatus.Member);

    public void LeaveGroup(FakeChat group, FakeUser user) => SetMemberStatus(group, user, MemberStatus.Left);

    public void BanFromGroup(FakeChat group, FakeUser user) => SetMemberStatus(group, user, MemberStatus.Kicked);

    /// <summary>Promotes a user (or the bot) to administrator; promoting the bot produces a my_chat_member update.</summary>
    public void SetChatAdmin(FakeChat group, FakeUser user) => SetMemberStatus(group, user, MemberStatus.Administrator);

    /// <summary>The bot joins: a my_chat_member update, then the "new_chat_members" service message.</summary>
    public void AddBotToGroup(FakeChat group, FakeUser addedBy, bool asAdministrator = false) => Mutate(() =>
    {
        var record = _state.Chats.Group(group);
        EnsureMember(record, addedBy);
        ChangeBotStatus(record, addedBy, asAdministrator ? MemberStatus.Administrator : MemberStatus.Member);
        var message = NewUserMessage(record, addedBy, null, null, newChatMembers: [Bot]);
        _state.Messages.Add(message);
        _state.Updates.Enqueue("message", MessageJson.From(message));
        return 0;
    });

    /// <summary>The bot is removed: in a supergroup that is a ban ("kicked"), in a basic group it is "left".</summary>
    public void RemoveBotFromGroup(FakeChat group, FakeUser removedBy) => Mutate(() =>
    {
        var record = _state.Chats.Group(group);
        ChangeBotStatus(record, removedBy, group.Type == FakeChatType.Supergroup ? MemberStatus.Kicked : MemberStatus.Left);
        return 0;
    });

    private void SetMemberStatus(FakeChat group, FakeUser user, string status) => Mutate(() =>
    {
        var record = _state.Chats.Group(group);
        if (user.Id == Bot.Id)
        {
            var changedBy = record.CreatorId is { } creatorId && _state.Chats.TryGetUser(creatorId, out var creator) ? creator : Bot;
            ChangeBotStatus(record, changedBy, status);
            return 0;
        }

        record.SetStatus(user.Id, status, Bot.Id);
        return 0;
    });

    private void ChangeBotStatus(ChatRecord record, FakeUser changedBy, string status)
    {
        var old = record.StatusOf(Bot.Id);
        record.SetStatus(Bot.Id, status, Bot.Id);
        _state.Updates.Enqueue("my_chat_member", UpdatePayloads.ChatMemberUpdated(record.Chat, changedBy, _state.UnixNow, Bot, old, status));
    }

    private void EnsureMember(ChatRecord record, FakeUser user)
    {
        var status = record.StatusOf(user.Id);
        if (status == MemberStatus.Kicked)
        {
            throw new InvalidOperationException($"{user.FirstName} is banned from {record.Chat.Title}.");
        }

        if (!MemberStatus.IsPresent(status))
        {
            record.SetStatus(user.Id, MemberStatus.Member, Bot.Id);
        }
    }
}
