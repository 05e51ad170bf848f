using System.Collections.Concurrent;
using CareBot.Delivery;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Delivery;

/// <summary>
/// Each member's DM channel, which a DM to them needs: learnt free from an interaction in DMs, opened ahead of need
/// when a member first uses a command in a server, else opened by the first DM's own turn. Kept for the process's life
/// (a DM channel's id never changes), in memory only: a restart learns them again.
/// </summary>
/// <remarks>
/// Ahead of need, because the opening is a request of its own within the bot's 50 a second. A burst's DMs go to many
/// people at once: opened then, the hundred openings take the places of a hundred DMs, and the last DMs wait two
/// seconds more. Opened when the member typed their first command, the openings fill the moments before their
/// commands have caused any DM (docs/benchmarks.md). Opening a DM channel sends the member nothing. An opening ahead
/// takes its place in the bot-wide limit ahead of the DMs waiting (a DM may be waiting for it), and of posts. Not done
/// beside other instances, whose shared count knows only delivery's requests (<see cref="BotWideLimit{TPlatform}.CountedAcrossInstances"/>).
/// </remarks>
internal sealed partial class DirectChannels(
    DiscordRestClient client,
    BotWideLimit<DiscordDelivery> botWide,
    IHostApplicationLifetime lifetime,
    ILogger<DirectChannels> logger)
{
    // By the member's user id.
    private readonly ConcurrentDictionary<Snowflake, Snowflake> _known = new();
    private readonly ConcurrentDictionary<Snowflake, Task> _openingAhead = new();

    /// <summary>
    /// A member acted: learns their DM channel when they acted in it, else opens it in the background unless it is
    /// known or being opened. Never waits.
    /// </summary>
    public void Anticipate(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Invoker is not { Bot: not true } user)
        {
            return;
        }

        var userId = user.Id;
        if (interaction.Context == InteractionContextType.BotDm && interaction.ChannelId is { } channel)
        {
            // Only the member's DM with the bot: a group DM's channel would carry their private messages to others.
            _known[userId] = channel;
            return;
        }

        if (botWide.CountedAcrossInstances || _known.ContainsKey(userId) || _openingAhead.ContainsKey(userId))
        {
            return;
        }

        var opening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_openingAhead.TryAdd(userId, opening.Task))
        {
            _ = OpenAheadAsync(userId, opening);
        }
    }

    /// <summary>
    /// The member's DM channel: known, or once an opening ahead under way has ended, or opened now through
    /// <paramref name="gate"/> (the message's own turn). Waiting for an opening ahead stops with
    /// <paramref name="waiting"/>, a request of its own with <paramref name="calling"/>. Opened is true when this call
    /// made a request.
    /// </summary>
    public async Task<(DiscordResult<Snowflake> Channel, bool Opened)> FindAsync(
        Snowflake userId, RequestGate gate, CancellationToken waiting, CancellationToken calling)
    {
        if (_known.TryGetValue(userId, out var known))
        {
            return (DiscordResult<Snowflake>.Success(known), false);
        }

        if (_openingAhead.TryGetValue(userId, out var opening))
        {
            await opening.WaitAsync(waiting);
            if (_known.TryGetValue(userId, out known))
            {
                return (DiscordResult<Snowflake>.Success(known), false);
            }
        }

        var opened = await client.CreateDirectMessageChannelAsync(userId, calling, gate);
        if (!opened.IsSuccess)
        {
            return (opened.Error, true);
        }

        _known[userId] = opened.Value.Id;
        return (DiscordResult<Snowflake>.Success(opened.Value.Id), true);
    }

    /// <summary>Discord no longer knows the channel: the next DM opens it again.</summary>
    public void Forget(Snowflake userId) => _known.TryRemove(userId, out _);

    private async Task OpenAheadAsync(Snowflake userId, TaskCompletionSource opening)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var opened = await client.CreateDirectMessageChannelAsync(userId, stopping, async token => await botWide.AcquireAsync(token));
            if (opened.IsSuccess)
            {
                _known.TryAdd(userId, opened.Value.Id);
            }
            else
            {
                // The first DM's own turn opens it then, and handles what this refusal means.
                LogNotOpenedAhead(opened.Error);
            }
        }
        catch (Exception e) when (e is OperationCanceledException || (e is ObjectDisposedException && stopping.IsCancellationRequested))
        {
            // Stopping: whatever needs the channel after a restart opens it then.
        }
        catch (Exception e)
        {
            // A bug, in a task nobody awaits: said here, or never.
            LogOpeningAheadFailed(e);
        }
        finally
        {
            _openingAhead.TryRemove(userId, out _);
            opening.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A DM channel was not opened ahead of need ({Reason}); the first DM opens it")]
    private partial void LogNotOpenedAhead(DiscordError reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Opening a DM channel ahead of need failed")]
    private partial void LogOpeningAheadFailed(Exception exception);
}
