namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// An interaction the fake has "delivered": its id and token for the callback, when it was created (the callback
/// is due within 3 seconds), and what the bot answered.
/// </summary>
public sealed class FakeInteraction
{
    public required ulong Id { get; init; }

    public required string Token { get; init; }

    /// <summary>1 PING, 2 command, 3 component, 4 autocomplete, 5 modal submit.</summary>
    public required int Type { get; init; }

    public required ulong ChannelId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>For a component: the message it sits on, which callback type 7 edits.</summary>
    public ulong? MessageId { get; init; }

    /// <summary>The callback type the bot answered with, or null while unanswered.</summary>
    public int? CallbackType { get; internal set; }

    public ulong? OriginalMessageId { get; internal set; }

    /// <summary>What a callback of type 8 or 9 sent (choices, or the modal), as JSON text.</summary>
    public string? CallbackData { get; internal set; }
}
