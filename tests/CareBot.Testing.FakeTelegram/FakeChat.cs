namespace CareBot.Testing.FakeTelegram;

/// <summary>A chat as Telegram identifies it: positive ids are private chats (equal to the user id), negative ids are groups.</summary>
public sealed record FakeChat(long Id, FakeChatType Type, string? Title = null, FakeUser? User = null, string? Username = null)
{
    public bool IsGroup => Type is FakeChatType.Group or FakeChatType.Supergroup;

    /// <summary>The value Telegram puts in <c>chat.type</c>.</summary>
    public string TypeName => Type switch
    {
        FakeChatType.Private => "private",
        FakeChatType.Group => "group",
        _ => "supergroup",
    };
}
