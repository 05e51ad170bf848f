using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A message as the channel shows it now; edits change it in place.</summary>
public sealed class FakeMessage
{
    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    public required ulong AuthorId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Content { get; set; } = "";

    public JsonArray Embeds { get; set; } = [];

    public JsonArray Components { get; set; } = [];

    public List<RecordedFile> Attachments { get; set; } = [];

    public int Flags { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public string? Nonce { get; init; }

    public ulong? WebhookId { get; init; }

    public ulong? ReplyTo { get; init; }

    public bool IsEphemeral => (Flags & 64) != 0;
}
