using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Runs the gateway client for the life of the host. When Discord closes with a code reconnecting
/// cannot fix (bad token, shard, version or intents) it logs one line saying why and stops the host
/// with exit code 2, so a supervisor or a person notices instead of the bot looping against Discord.
/// </summary>
public sealed partial class DiscordGatewayService(
    DiscordGatewayClient client,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public const int FatalExitCode = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken) =>
        StopHostIfFatal(await client.RunAsync(stoppingToken), lifetime, logger);

    /// <summary>
    /// After a run of the client: when it ended on a fatal close, logs one line saying why and stops the host with
    /// <see cref="FatalExitCode"/>; returns whether it did. For any host that runs the client, this one or its own.
    /// </summary>
    public static bool StopHostIfFatal(GatewayStopped stopped, IHostApplicationLifetime lifetime, ILogger logger)
    {
        if (stopped.FatalCloseCode is not int code)
        {
            return false;
        }
        var meaning = GatewayCloseCodes.Describe(code);
        if (stopped.RefusedOverRest)
        {
            LogTokenRefused(logger, code, meaning);
        }
        else
        {
            LogFatalClose(logger, code, meaning);
        }
        Environment.ExitCode = FatalExitCode;
        lifetime.StopApplication();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord closed the gateway with {CloseCode} ({Meaning}); reconnecting cannot fix this, so CareBot stops")]
    private static partial void LogFatalClose(ILogger logger, int closeCode, string meaning);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord answered 401 when asked where the gateway is, as the gateway's {CloseCode} ({Meaning}); CareBot stops")]
    private static partial void LogTokenRefused(ILogger logger, int closeCode, string meaning);
}
