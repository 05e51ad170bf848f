namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A guild text channel (type 0) or a DM channel (type 1, with its recipient).</summary>
public sealed record FakeChannel(ulong Id, int Type, ulong? GuildId, string? Name, ulong? RecipientId)
{
    public FakeChannelAccess Access { get; set; } = FakeChannelAccess.Full;
}
