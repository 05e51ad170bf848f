namespace CareBot.Discord.Api.Models;

/// <summary>Where an interaction was used, as Discord says in its <c>context</c>.</summary>
public enum InteractionContextType
{
    Guild = 0,

    /// <summary>The user's DM with the bot: the interaction's channel is that DM channel.</summary>
    BotDm = 1,

    /// <summary>A group DM, or a DM between other users (only for an app the user installed).</summary>
    PrivateChannel = 2,
}
