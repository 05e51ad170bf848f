using System.Collections.Concurrent;
using CareBot.Core.Outbox;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Rendering;
using CareBot.Discord.Spaces;

namespace CareBot.Discord.Delivery;

/// <summary>
/// Sends one outbox message to Discord, for the platform-neutral delivery pipeline (which owns lanes, pacing, retries
/// and marking messages sent): a group message as embeds with buttons in the server's chosen channel, a private one as
/// plain content through the person's DM channel (opened once, then cached). The client already waits out rate limits
/// and retries what is safe; what it could not fix comes back as a <see cref="DiscordSendVerdict"/>.
/// </summary>
/// <remarks>
/// A long message is several Discord messages; if a later part fails, the earlier ones are already posted, and a retry
/// of the whole sends them again. Rare (over 2,000 characters and a failure in between), and a repeat is better than a loss.
/// </remarks>
public sealed class DiscordMessageSender(DiscordRestClient client, MentionFree discord, SpaceChannels channels)
{
    private readonly ConcurrentDictionary<string, Snowflake> _directChannels = new(StringComparer.Ordinal);

    public async Task<DiscordSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var target = message.Destination.IsDirect
            ? await DirectChannelAsync(message.Destination.ChatId, cancellationToken)
            : GroupChannel(message.Destination.ChatId);
        if (target.Channel is not { } channel)
        {
            return target.Failure!;
        }

        var parts = message.Destination.IsDirect
            ? DiscordMessageRenderer.AsContent(message.Content, message.CommunityId)
            : DiscordMessageRenderer.AsEmbeds(message.Content, message.CommunityId);
        foreach (var part in parts)
        {
            var sent = await discord.CreateMessageAsync(channel, new MessageCreate { Content = part.Content, Embeds = part.Embeds, Components = part.Components, Files = part.Files }, cancellationToken);
            if (!sent.IsSuccess)
            {
                if (sent.Error.Is(DiscordErrorCode.UnknownChannel))
                {
                    _directChannels.TryRemove(message.Destination.ChatId, out _);
                }

                return DiscordSendResult.From(sent.Error);
            }
        }

        return DiscordSendResult.Delivered;
    }

    private (Snowflake? Channel, DiscordSendResult? Failure) GroupChannel(string guildId) =>
        channels.ChannelOf(guildId) is { } chosen && Snowflake.TryParse(chosen, out var channel)
            ? (channel, null)
            : (null, new DiscordSendResult(DiscordSendVerdict.NoChannel));

    private async Task<(Snowflake? Channel, DiscordSendResult? Failure)> DirectChannelAsync(string userId, CancellationToken cancellationToken)
    {
        if (_directChannels.TryGetValue(userId, out var known))
        {
            return (known, null);
        }

        if (!Snowflake.TryParse(userId, out var user))
        {
            return (null, new DiscordSendResult(DiscordSendVerdict.Gone));
        }

        var opened = await client.CreateDirectMessageChannelAsync(user, cancellationToken);
        if (!opened.IsSuccess)
        {
            return (null, DiscordSendResult.From(opened.Error));
        }

        _directChannels[userId] = opened.Value.Id;
        return (opened.Value.Id, null);
    }
}
