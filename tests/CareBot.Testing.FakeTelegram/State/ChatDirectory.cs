namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Who exists and who may talk to whom: users, groups, private chats, and which users started or blocked the bot.
/// Not thread-safe: callers hold <see cref="FakeTelegramState.Gate"/>.
/// </summary>
internal sealed class ChatDirectory(FakeUser bot)
{
    private readonly Dictionary<long, FakeUser> _users = new() { [bot.Id] = bot };
    private readonly Dictionary<long, ChatRecord> _chats = [];
    private readonly HashSet<long> _started = [];
    private readonly HashSet<long> _blocked = [];
    private long _lastUserId = 1_000_000;
    private long _lastGroupId = 4_000_000;

    public FakeUser AddUser(string firstName, string? username, long? id, string? languageCode, bool isBot)
    {
        var userId = id ?? ++_lastUserId;
        if (_users.ContainsKey(userId))
        {
            throw new InvalidOperationException($"A user with id {userId} already exists.");
        }

        var user = new FakeUser(userId, firstName, username, isBot, languageCode);
        _users[userId] = user;
        return user;
    }

    public ChatRecord AddGroup(string title, FakeChatType type, long? id, string? username)
    {
        // Real ids: basic groups are small negatives, supergroups are -100 followed by the channel id.
        var next = ++_lastGroupId;
        var chatId = id ?? (type == FakeChatType.Supergroup ? -(1_000_000_000_000 + next) : -next);
        if (chatId >= 0 || _chats.ContainsKey(chatId))
        {
            throw new InvalidOperationException($"Group id {chatId} must be negative and unused.");
        }

        var record = new ChatRecord(new FakeChat(chatId, type, title, null, username));
        _chats[chatId] = record;
        return record;
    }

    public bool TryGetUser(long id, out FakeUser user) => _users.TryGetValue(id, out user!);

    /// <summary>Groups by id or @username, and private chats by user id (created the first time they are needed).</summary>
    public ChatRecord? Find(long chatId)
    {
        if (_chats.TryGetValue(chatId, out var record))
        {
            return record;
        }

        return chatId > 0 && _users.TryGetValue(chatId, out var user) ? PrivateChatWith(user) : null;
    }

    /// <summary>
    /// Only public groups can be addressed by @username; users cannot. After an upgrade the username belongs to the
    /// supergroup, not to the basic group it came from.
    /// </summary>
    public ChatRecord? FindByUsername(string username) =>
        _chats.Values.FirstOrDefault(chat => chat.Chat.IsGroup && chat.UpgradedToChatId is null
            && string.Equals(chat.Chat.Username, username, StringComparison.OrdinalIgnoreCase));

    public ChatRecord PrivateChatWith(FakeUser user)
    {
        if (!_chats.TryGetValue(user.Id, out var record))
        {
            record = new ChatRecord(new FakeChat(user.Id, FakeChatType.Private, null, user, user.Username));
            _chats[user.Id] = record;
        }

        return record;
    }

    /// <summary>A group to script; a basic group that became a supergroup is gone, so scripting it is a test's mistake.</summary>
    public ChatRecord Group(FakeChat chat)
    {
        if (!chat.IsGroup || !_chats.TryGetValue(chat.Id, out var record))
        {
            throw new InvalidOperationException($"Chat {chat.Id} is not a group created with CreateGroup.");
        }

        return record.UpgradedToChatId is { } supergroupId
            ? throw new InvalidOperationException($"Group {chat.Id} was upgraded to supergroup {supergroupId}; script that chat instead.")
            : record;
    }

    /// <summary>A new supergroup (with a new -100… id) that takes over the basic group's title, username and members.</summary>
    public ChatRecord UpgradeToSupergroup(ChatRecord group)
    {
        var supergroup = AddGroup(group.Chat.Title ?? "", FakeChatType.Supergroup, null, group.Chat.Username);
        group.UpgradeTo(supergroup);
        return supergroup;
    }

    public bool HasStarted(long userId) => _started.Contains(userId);

    public bool HasBlocked(long userId) => _blocked.Contains(userId);

    public void MarkStarted(long userId)
    {
        _started.Add(userId);
        _blocked.Remove(userId);
    }

    public void MarkBlocked(long userId) => _blocked.Add(userId);
}
