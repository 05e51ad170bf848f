namespace CareBot.Discord.Api.Models;

public enum InteractionCallbackType
{
    /// <summary>Acknowledges a PING.</summary>
    Pong = 1,

    /// <summary>Replies with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>Shows "thinking…"; edit the original response later.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>For components: acknowledges now, edits the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>For components: edits the message the component is on.</summary>
    UpdateMessage = 7,

    ApplicationCommandAutocompleteResult = 8,

    /// <summary>Opens a pop-up form.</summary>
    Modal = 9,
}
