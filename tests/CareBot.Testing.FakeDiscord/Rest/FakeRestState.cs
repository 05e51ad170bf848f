using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Everything the fake knows. Read and changed only under <see cref="Gate"/>.</summary>
internal sealed class FakeRestState
{
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private ulong _sequence;

    public FakeRestState(FakeDiscordRestOptions options)
    {
        Options = options;
        Limits = new FakeRateLimits(options);
        Holds = new FakeRestHolds(options);
        Bot = new FakeUser(options.ApplicationId, "carebot", IsBot: true);
        Users[Bot.Id] = Bot;
    }

    public object Gate { get; } = new();

    public FakeDiscordRestOptions Options { get; }

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    public FakeRateLimits Limits { get; }

    public FakeUser Bot { get; }

    /// <summary>Requests kept waiting; not under <see cref="Gate"/>, which a waiting request must not hold.</summary>
    public FakeRestHolds Holds { get; }

    public List<RecordedRequest> Requests { get; } = [];

    public List<(string? Route, FakeRestFault Fault)> Faults { get; } = [];

    public (double Probability, Random Random, double RetryAfter)? RandomRateLimits { get; set; }

    public Dictionary<ulong, FakeUser> Users { get; } = [];

    public Dictionary<ulong, FakeGuild> Guilds { get; } = [];

    public Dictionary<ulong, FakeChannel> Channels { get; } = [];

    public Dictionary<ulong, FakeMessage> Messages { get; } = [];

    public Dictionary<ulong, FakeInteraction> Interactions { get; } = [];

    /// <summary>Registered commands by scope: "global" or a guild id.</summary>
    public Dictionary<string, List<JsonObject>> Commands { get; } = [];

    public int CommandCreatesToday { get; set; }

    /// <summary>A snowflake for "now" on the fake's clock, unique within the fake.</summary>
    public ulong NextId() => ((ulong)Math.Max(0, (Now - DiscordEpoch).TotalMilliseconds) << 22) | (++_sequence & 0x3FFFFF);

    public FakeMessage AddMessage(ulong channelId, ulong authorId, JsonObject payload, IReadOnlyList<RecordedFile> files, ulong? webhookId = null)
    {
        var message = new FakeMessage
        {
            Id = NextId(),
            ChannelId = channelId,
            AuthorId = authorId,
            CreatedAt = Now,
            Nonce = payload["enforce_nonce"]?.GetValue<bool>() == true ? payload["nonce"]?.ToString() : null,
            WebhookId = webhookId,
            ReplyTo = ulong.TryParse(payload["message_reference"]?["message_id"]?.ToString(), out var replyTo) ? replyTo : null,
        };
        Apply(message, payload, files);
        Messages[message.Id] = message;
        return message;
    }

    /// <summary>Sets what a create or edit payload says; fields it leaves out stay as they were.</summary>
    public static void Apply(FakeMessage message, JsonObject payload, IReadOnlyList<RecordedFile> files)
    {
        if (payload["content"] is { } content)
        {
            message.Content = content.ToString();
        }

        if (payload["embeds"] is JsonArray embeds)
        {
            message.Embeds = (JsonArray)embeds.DeepClone();
        }

        if (payload["components"] is JsonArray components)
        {
            message.Components = (JsonArray)components.DeepClone();
        }

        if (payload["flags"] is { } flags)
        {
            message.Flags = flags.GetValue<int>();
        }

        if (payload["attachments"] is JsonArray attachments)
        {
            var kept = attachments.Select(entry => entry?["id"]?.ToString()).ToHashSet();
            message.Attachments = [.. message.Attachments.Where(file => kept.Contains(file.Name)),
                .. files.Select((file, index) => file with { Name = index.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
        }
        else if (files.Count > 0)
        {
            message.Attachments = [.. files];
        }
    }
}
