using CareBot.Core.Platforms;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Admins;

/// <summary>
/// Admin rights as Discord has them (Administrator or Manage Server): from the permissions Discord sent with the
/// member's interaction, or, asked from a DM, worked out from the server's roles over REST. Unknown is not an admin.
/// </summary>
internal sealed class DiscordAdminDirectory(MemberPermissions recent, DiscordRestClient client) : IAdminDirectory
{
    public string Platform => KnownPlatforms.Discord;

    public async Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken)
    {
        if (user.Platform != KnownPlatforms.Discord || space.Platform != KnownPlatforms.Discord
            || !Snowflake.TryParse(space.ChatId, out var guildId) || !Snowflake.TryParse(user.UserId, out var userId))
        {
            return false;
        }

        if (recent.Recent(space.ChatId, user.UserId) is { } granted)
        {
            return MemberPermissions.IsAdmin(granted);
        }

        var guild = await client.GetGuildAsync(guildId, cancellationToken);
        var member = guild.IsSuccess ? await client.GetGuildMemberAsync(guildId, userId, cancellationToken) : default;
        return guild.IsSuccess && member.IsSuccess && MemberPermissions.IsAdmin(member.Value.GuildPermissions(guild.Value));
    }
}
