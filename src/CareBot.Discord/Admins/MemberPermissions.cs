using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Admins;

/// <summary>
/// The permissions Discord sent with each member's latest interaction, per server, kept for a minute: the engine asks
/// whether someone is an admin while handling that very interaction, and this is the freshest answer there is.
/// </summary>
public sealed class MemberPermissions(TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Guild, string User), (Permissions Granted, DateTimeOffset At)> _seen = [];

    public void Remember(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction is { GuildId: { } guild, Member: { User: { } user, Permissions: { } granted } })
        {
            lock (_gate)
            {
                _seen[(guild.ToString(), user.Id.ToString())] = (granted, time.GetUtcNow());
            }
        }
    }

    public Permissions? Recent(string guildId, string userId)
    {
        lock (_gate)
        {
            return _seen.TryGetValue((guildId, userId), out var seen) && time.GetUtcNow() - seen.At <= KeptFor ? seen.Granted : null;
        }
    }

    /// <summary>Administrator or Manage Server: who may change how a server's community works.</summary>
    public static bool IsAdmin(Permissions granted) => (granted & (Permissions.Administrator | Permissions.ManageGuild)) != 0;
}
