using CareBot.Core.Platforms;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Interactions;

/// <summary>Discord's users, servers and channels as the engine's people, spaces and conversations (platform "discord").</summary>
public static class DiscordPeople
{
    /// <summary>The person who acted, named as the server shows them: nickname, else display name, else username.</summary>
    public static PlatformUser? User(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Invoker is not { Bot: not true } user)
        {
            return null;
        }

        return new PlatformUser(new UserRef(KnownPlatforms.Discord, user.Id.ToString()), interaction.Member?.Nick ?? user.GlobalName ?? user.Username);
    }

    /// <summary>A server is one space (its posts go to one channel); a DM is the person's private chat.</summary>
    public static Conversation? Where(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.GuildId is { } guild)
        {
            return Conversation.Group(KnownPlatforms.Discord, guild.ToString());
        }

        return interaction.ChannelId is { } channel ? Conversation.Direct(KnownPlatforms.Discord, channel.ToString()) : null;
    }

    public static SpaceRef Space(Snowflake guildId) => new(KnownPlatforms.Discord, guildId.ToString());
}
