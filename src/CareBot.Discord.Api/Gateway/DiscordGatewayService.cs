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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stopped = await client.RunAsync(stoppingToken);
        if (stopped.FatalCloseCode is not int code)
        {
            return;
        }
        var meaning = GatewayCloseCodes.Describe(code);
        if (stopped.RefusedOverRest)
        {
            LogTokenRefused(code, meaning);
        }
        else
        {
            LogFatalClose(code, meaning);
        }
        Environment.ExitCode = FatalExitCode;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord closed the gateway with {CloseCode} ({Meaning}); reconnecting cannot fix this, so CareBot stops")]
    private partial void LogFatalClose(int closeCode, string meaning);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord answered 401 when asked where the gateway is, as the gateway's {CloseCode} ({Meaning}); CareBot stops")]
    private partial void LogTokenRefused(int closeCode, string meaning);
}
