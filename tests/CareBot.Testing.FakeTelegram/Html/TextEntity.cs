namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>A MessageEntity: offsets and lengths in UTF-16 code units, as Telegram counts them.</summary>
public sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null)
{
    public int End => Offset + Length;
}
