namespace CareBot.Testing.FakeTelegram.State;

/// <summary>A chat with its members' statuses and its message numbering (shared by users' and the bot's messages).</summary>
internal sealed class ChatRecord(FakeChat chat)
{
    private readonly Dictionary<long, string> _statuses = [];
    private int _lastMessageId;

    public FakeChat Chat { get; } = chat;

    public long Id => Chat.Id;

    /// <summary>True once the bot has been in the group, so Telegram knows the chat even after the bot left.</summary>
    public bool BotWasEverMember { get; private set; }

    /// <summary>Set once the basic group became a supergroup: the id every call naming this chat is sent on to.</summary>
    public long? UpgradedToChatId { get; private set; }

    public long? CreatorId => _statuses.Where(entry => entry.Value == MemberStatus.Creator).Select(entry => (long?)entry.Key).FirstOrDefault();

    public string StatusOf(long userId) => _statuses.GetValueOrDefault(userId, MemberStatus.Left);

    public void SetStatus(long userId, string status, long botId)
    {
        _statuses[userId] = status;
        if (userId == botId && MemberStatus.IsPresent(status))
        {
            BotWasEverMember = true;
        }
    }

    public int NextMessageId() => ++_lastMessageId;

    /// <summary>
    /// The upgrade carries everyone over: the supergroup has the same people with the same standing, the bot included,
    /// so nobody has to join again. This chat keeps its members for the record but is addressed no more.
    /// </summary>
    public void UpgradeTo(ChatRecord supergroup)
    {
        foreach (var (userId, status) in _statuses)
        {
            supergroup._statuses[userId] = status;
        }

        supergroup.BotWasEverMember = BotWasEverMember;
        UpgradedToChatId = supergroup.Id;
    }
}
