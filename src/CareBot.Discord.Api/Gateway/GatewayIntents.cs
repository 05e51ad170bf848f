namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// The event groups a bot asks Discord for when it identifies. Ask for the fewest that work: each one
/// is data about people the bot receives and must then look after. The three marked privileged must
/// also be switched on in the developer portal, and the options refuse them unless allowed explicitly.
/// </summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    /// <summary>Privileged: every member joining, leaving or changing.</summary>
    GuildMembers = 1 << 1,
    GuildModeration = 1 << 2,
    GuildExpressions = 1 << 3,
    GuildIntegrations = 1 << 4,
    GuildWebhooks = 1 << 5,
    GuildInvites = 1 << 6,
    GuildVoiceStates = 1 << 7,
    /// <summary>Privileged: who is online and what they are doing.</summary>
    GuildPresences = 1 << 8,
    GuildMessages = 1 << 9,
    GuildMessageReactions = 1 << 10,
    GuildMessageTyping = 1 << 11,
    DirectMessages = 1 << 12,
    DirectMessageReactions = 1 << 13,
    DirectMessageTyping = 1 << 14,
    /// <summary>Privileged: the text of messages that do not mention the bot.</summary>
    MessageContent = 1 << 15,
    GuildScheduledEvents = 1 << 16,
    AutoModerationConfiguration = 1 << 20,
    AutoModerationExecution = 1 << 21,
    GuildMessagePolls = 1 << 24,
    DirectMessagePolls = 1 << 25,

    /// <summary>The intents Discord gates behind the portal switch.</summary>
    Privileged = GuildMembers | GuildPresences | MessageContent,
}
