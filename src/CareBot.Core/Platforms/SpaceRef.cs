namespace CareBot.Core.Platforms;

/// <summary>A group chat on one platform (a Telegram group, a Discord server, a console group).</summary>
public readonly record struct SpaceRef(string Platform, string ChatId)
{
    public string Key => $"{Platform}:{ChatId}";

    public override string ToString() => Key;
}
