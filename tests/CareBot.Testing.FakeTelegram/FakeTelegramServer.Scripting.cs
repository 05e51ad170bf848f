using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram;

/// <summary>What scripted people do: each action changes the world and queues the updates Telegram would send.</summary>
public sealed partial class FakeTelegramServer
{
    public FakeUser CreateUser(string firstName, string? username = null, long? id = null, string? languageCode = null, bool isBot = false) =>
        Mutate(() => _state.Chats.AddUser(firstName, username, id, languageCode, isBot));

    /// <summary>A group the bot is not in yet (see <see cref="AddBotToGroup"/>); <paramref name="creator"/> becomes its owner.</summary>
    public FakeChat CreateGroup(string title, FakeUser? creator = null, FakeChatType type = FakeChatType.Supergroup, long? id = null, string? username = null) =>
        Mutate(() =>
        {
            var group = _state.Chats.AddGroup(title, type, id, username);
            if (creator is not null)
            {
                group.SetStatus(creator.Id, MemberStatus.Creator, Bot.Id);
            }

            return group.Chat;
        });

    public FakeChat PrivateChatWith(FakeUser user) => Mutate(() => _state.Chats.PrivateChatWith(user).Chat);

    /// <summary>
    /// The user writes <paramref name="text"/>; returns its message id. In groups the bot gets it subject to privacy
    /// mode; /commands get bot_command entities.
    /// </summary>
    public int SendText(FakeChat chat, FakeUser from, string text, int? replyToMessageId = null) => Mutate(() =>
    {
        var record = RecordFor(chat);
        if (chat.IsGroup)
        {
            EnsureMember(record, from);
        }
        else if (!_state.Chats.HasStarted(from.Id) || _state.Chats.HasBlocked(from.Id))
        {
            throw new InvalidOperationException($"{from.FirstName} cannot write to the bot before UserStartsBot (or after BlockBot).");
        }

        var replyTo = replyToMessageId is { } id ? _state.Messages.Find(chat.Id, id) : null;
        var message = NewUserMessage(record, from, text, replyTo);
        _state.Messages.Add(message);
        if (!chat.IsGroup || GroupVisibility.BotSees(_state, record, text, replyTo))
        {
            _state.Updates.Enqueue("message", MessageJson.From(message));
        }

        return message.MessageId;
    });

    /// <summary>The user presses Start (through a deep link when <paramref name="payload"/> is given): DMs now work.</summary>
    public int UserStartsBot(FakeUser user, string? payload = null) => Mutate(() =>
    {
        var record = _state.Chats.PrivateChatWith(user);
        if (_state.Chats.HasBlocked(user.Id))
        {
            _state.Updates.Enqueue("my_chat_member", UpdatePayloads.ChatMemberUpdated(record.Chat, user, _state.UnixNow, Bot, MemberStatus.Kicked, MemberStatus.Member));
        }

        _state.Chats.MarkStarted(user.Id);
        var message = NewUserMessage(record, user, payload is null ? "/start" : $"/start {payload}", null);
        _state.Messages.Add(message);
        _state.Updates.Enqueue("message", MessageJson.From(message));
        return message.MessageId;
    });

    /// <summary>The user blocks the bot: a my_chat_member update, and from now on 403 "bot was blocked by the user".</summary>
    public void BlockBot(FakeUser user) => Mutate(() =>
    {
        var record = _state.Chats.PrivateChatWith(user);
        _state.Chats.MarkBlocked(user.Id);
        _state.Updates.Enqueue("my_chat_member", UpdatePayloads.ChatMemberUpdated(record.Chat, user, _state.UnixNow, Bot, MemberStatus.Member, MemberStatus.Kicked));
        return 0;
    });

    private ChatRecord RecordFor(FakeChat chat) =>
        chat.IsGroup ? _state.Chats.Group(chat) : _state.Chats.PrivateChatWith(chat.User ?? throw new ArgumentException("A private chat needs its user.", nameof(chat)));

    private StoredMessage NewUserMessage(ChatRecord record, FakeUser from, string? text, StoredMessage? replyTo, IReadOnlyList<FakeUser>? newChatMembers = null) => new()
    {
        NewChatMembers = newChatMembers,
        Chat = record,
        MessageId = record.NextMessageId(),
        From = from,
        Date = _state.UnixNow,
        RawText = text,
        Text = text is null ? null : new Html.ParsedText(text, CommandEntityFinder.Find(text)),
        ReplyTo = replyTo,
        SentAt = _state.Now,
    };

    /// <summary>Runs a scripted action atomically, then wakes long polls and waiters.</summary>
    private T Mutate<T>(Func<T> action)
    {
        T result;
        lock (_state.Gate)
        {
            result = action();
        }

        _state.Changed.Pulse();
        return result;
    }
}
