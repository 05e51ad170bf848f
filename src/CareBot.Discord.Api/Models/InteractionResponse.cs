namespace CareBot.Discord.Api.Models;

/// <summary>The one answer an interaction gets (within 3 seconds); build it with the named constructors.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null)
{
    public static InteractionResponse Pong() => new(InteractionCallbackType.Pong);

    public static InteractionResponse Reply(InteractionMessage message) =>
        new(InteractionCallbackType.ChannelMessageWithSource, FromMessage(message));

    public static InteractionResponse DeferReply(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null);

    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);

    public static InteractionResponse UpdateMessage(InteractionMessage message) =>
        new(InteractionCallbackType.UpdateMessage, FromMessage(message));

    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });

    public static InteractionResponse Modal(string customId, string title, IReadOnlyList<ActionRow> rows) =>
        new(InteractionCallbackType.Modal, new InteractionCallbackData { CustomId = customId, Title = title, Components = rows });

    private static InteractionCallbackData FromMessage(InteractionMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new InteractionCallbackData
        {
            Content = message.Content,
            Embeds = message.Embeds,
            AllowedMentions = message.AllowedMentions,
            Components = message.Components,
            Attachments = message.Attachments,
            Flags = message.Flags,
            Tts = message.Tts,
            Files = message.Files,
        };
    }
}
