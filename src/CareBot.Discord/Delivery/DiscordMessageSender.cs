using System.Globalization;
using CareBot.Core.Outbox;
using CareBot.Delivery;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Rendering;
using CareBot.Discord.Spaces;

namespace CareBot.Discord.Delivery;

/// <summary>
/// Sends one outbox message to Discord, for the platform-neutral delivery pipeline (which owns lanes, pacing, retries
/// and marking messages sent): a group message as embeds with buttons in the server's chosen channel, a private one as
/// plain content through the person's DM channel (<see cref="DirectChannels"/>). Every request, each attempt of it, asks
/// for its turn's permit once the client has a place for it in the route's bucket (<see cref="RequestGate"/>), so the
/// pipeline keeps to Discord's limits and no request holds the bot's place while its route waits; the client still
/// waits out any bucket Discord reports and retries what is safe. What it could not fix comes back as a
/// <see cref="DiscordSendVerdict"/>.
/// </summary>
/// <remarks>
/// A long message is several Discord messages; if a later part fails, the earlier ones are already posted, and a retry
/// of the whole sends them again. Rare (over 2,000 characters and a failure in between), and a repeat is better than a loss.
/// Each part carries a nonce made from the outbox message and the part, the same after a restart, so a part sent again
/// within Discord's few minutes of nonce memory (a crash mid-request, a retry) returns the message already posted.
/// </remarks>
internal sealed class DiscordMessageSender(MentionFree discord, SpaceChannels channels, DirectChannels directChannels)
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sends every part of <paramref name="message"/>. A shutdown (<paramref name="stoppingToken"/>) stops it only before
    /// its first request: one under way, and the parts after it, are finished within a short grace.
    /// </summary>
    public async Task<DiscordSendResult> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(turn);
        using var grace = new CancellationTokenSource();
        await using var stopping = stoppingToken.Register(() => grace.CancelAfter(ShutdownGrace));
        var target = message.Destination.IsDirect
            ? await DirectChannelAsync(message.Destination.ChatId, turn, stoppingToken, grace.Token)
            : GroupChannel(channels, message.Destination.ChatId);
        if (target.Channel is not { } channel)
        {
            return target.Failure!;
        }

        var parts = message.Destination.IsDirect
            ? DiscordMessageRenderer.AsContent(message.Content, message.CommunityId)
            : DiscordMessageRenderer.AsEmbeds(message.Content, message.CommunityId);
        var started = target.Opened;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var create = new MessageCreate { Content = part.Content, Embeds = part.Embeds, Components = part.Components, Files = part.Files, Nonce = Nonce(message, i) };
            var waiting = started ? grace.Token : stoppingToken;
            started = true;
            var sent = await discord.CreateMessageAsync(channel, create, grace.Token, Paced(turn, waiting));

            if (!sent.IsSuccess)
            {
                if (sent.Error.Is(DiscordErrorCode.UnknownChannel) && target.Person is { } person)
                {
                    directChannels.Forget(person);
                }

                return DiscordSendResult.From(sent.Error);
            }
        }

        return DiscordSendResult.Delivered;
    }

    /// <summary>
    /// The pipeline's turn for each attempt, asked by the client once the route's bucket has room, so a request never holds
    /// a place in the bot's limit while its route waits. Waiting for it stops with <paramref name="waiting"/>: at a
    /// shutdown before the message's first request, at once; after it, once the grace is over.
    /// </summary>
    private static RequestGate Paced(DeliveryTurn turn, CancellationToken waiting) =>
        async _ => await turn.BeforeCallAsync(waiting);

    /// <summary>The same for the same part of the same outbox message (its id and when it was written: ids can be reused), at most 25 characters.</summary>
    internal static string Nonce(OutboxMessage message, int part) => string.Create(
        CultureInfo.InvariantCulture, $"{message.Id}-{part}-{message.CreatedAt.UtcTicks % 10_000_000_000}");

    private static ChannelTarget GroupChannel(SpaceChannels channels, string guildId) =>
        channels.ChannelOf(guildId) is { } chosen && Snowflake.TryParse(chosen, out var channel)
            ? new(channel, null, Opened: false)
            : new(null, new DiscordSendResult(DiscordSendVerdict.NoChannel), Opened: false);

    /// <summary>The person's DM channel (<see cref="DirectChannels"/>): known, or opened by this turn, a request paced like any other.</summary>
    private async Task<ChannelTarget> DirectChannelAsync(string userId, DeliveryTurn turn, CancellationToken waiting, CancellationToken calling)
    {
        if (!Snowflake.TryParse(userId, out var user))
        {
            return new(null, new DiscordSendResult(DiscordSendVerdict.Gone), Opened: false);
        }

        var (channel, opened) = await directChannels.FindAsync(user, Paced(turn, waiting), waiting, calling);
        return channel.IsSuccess
            ? new(channel.Value, null, opened, user)
            : new(null, DiscordSendResult.From(channel.Error), opened, user);
    }

    /// <summary>
    /// Where a message goes, or why it can't; <paramref name="Opened"/> when finding it took a request already, and
    /// <paramref name="Person"/> whose DM channel it is.
    /// </summary>
    private readonly record struct ChannelTarget(Snowflake? Channel, DiscordSendResult? Failure, bool Opened, Snowflake? Person = null);
}
