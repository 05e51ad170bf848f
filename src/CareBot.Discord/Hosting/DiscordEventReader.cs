using System.Text.Json;
using System.Threading.Channels;
using CareBot.Discord.Api.Gateway;
using CareBot.Discord.Api.Json;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Commands;
using CareBot.Discord.Interactions;
using CareBot.Discord.Spaces;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Hosting;

/// <summary>
/// Reads the gateway's events and hands each to its handler. Interactions run side by side, each on its own task, so
/// one slow command never holds up another's 3-second answer; server arrivals and departures run in order. Each
/// interaction's handler must therefore do nothing slow before its first wait (see <see cref="InteractionRouter"/>).
/// </summary>
internal sealed partial class DiscordEventReader(
    InteractionRouter interactions,
    GuildEvents guilds,
    CommandRegistrar registrar,
    ILogger<DiscordEventReader> logger)
{
    /// <summary>
    /// Handles the events of one run of a gateway client until they end (the client stopped), then waits for the
    /// handlers still running. <paramref name="stoppingToken"/> is the host's: a handler carries on when the client
    /// stops because another instance now leads, so the person still hears back.
    /// </summary>
    public async Task ReadAsync(ChannelReader<GatewayDispatch> events, CancellationToken stoppingToken)
    {
        var running = new HashSet<Task>();
        try
        {
            await foreach (var dispatch in events.ReadAllAsync(stoppingToken))
            {
                running.RemoveWhere(task => task.IsCompleted);
                switch (dispatch.Name)
                {
                    case "READY" when ApplicationId(dispatch.Data) is { } application:
                        running.Add(Guarded(() => registrar.RegisterAsync(application, stoppingToken)));
                        break;
                    case "GUILD_CREATE":
                        await Guarded(() => guilds.JoinedAsync(dispatch.Data, stoppingToken));
                        break;
                    case "GUILD_DELETE":
                        await Guarded(() => guilds.LeftAsync(dispatch.Data, stoppingToken));
                        break;
                    case "INTERACTION_CREATE" when DiscordJson.ReadInteraction(dispatch.Data) is { } interaction:
                        running.Add(Guarded(() => interactions.HandleAsync(interaction, stoppingToken), queued: false));
                        break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(running);
        }
    }

    /// <param name="queued">
    /// False for an interaction: its handler starts right here, up to its first wait, which is the acknowledgement on
    /// its way (or the engine's turn queued). Queued on the thread pool instead, in a burst each acknowledgement would
    /// wait behind the work of every interaction before it, and the gateway's next read behind them all.
    /// </param>
    private async Task Guarded(Func<Task> work, bool queued = true)
    {
        try
        {
            // In arrival order: Task.Run from this loop (a thread-pool thread) would queue on the thread's own queue,
            // which it serves newest first. PreferFairness queues on the pool's shared queue, oldest first.
            await (queued ? Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.PreferFairness, TaskScheduler.Default).Unwrap() : work());
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A bug in handling one event must not stop the bot from hearing the next.
            LogEventFailed(e);
        }
    }

    private static Snowflake? ApplicationId(JsonElement ready) =>
        ready.TryGetProperty("application", out var application) && application.TryGetProperty("id", out var id)
            && Snowflake.TryParse(id.GetString(), out var parsed) ? parsed : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a Discord event failed")]
    private partial void LogEventFailed(Exception exception);
}
