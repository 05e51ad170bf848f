using CareBot.Discord.Storage;

namespace CareBot.Discord.Spaces;

/// <summary>
/// Which channel of a server the community's posts go to: the one an admin chose with /setup, else the server's
/// system channel as it was when the bot arrived. Which channel is Discord's business (a Telegram group is one chat),
/// so the adapter keeps it, not the engine; the delivery sender reads it to post a group message.
/// </summary>
public sealed class SpaceChannels(AdapterMarkers markers)
{
    public string? ChannelOf(string guildId) => markers.Get(AdapterMarkers.SpaceChannel(guildId));

    public void Choose(string guildId, string channelId) => markers.Set(AdapterMarkers.SpaceChannel(guildId), channelId);

    /// <summary>The system channel, unless a channel is already known (an admin's choice outlives reconnects).</summary>
    public void Default(string guildId, string? systemChannelId)
    {
        if (systemChannelId is not null && ChannelOf(guildId) is null)
        {
            Choose(guildId, systemChannelId);
        }
    }
}
