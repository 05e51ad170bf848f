using CareBot.ConsoleAdapter;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>Composes the host from configuration and runs it; start-up failures become one clear line and exit code 2.</summary>
internal static class CareBotApp
{
    public const string NoTokenNotice =
        "No chat token is configured, so CareBot starts the console adapter. To run in Telegram, set Telegram__Token " +
        "(from @BotFather), Discord__Token (from the Discord developer portal), or both; see README.md.";

    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        var launch = LaunchOptions.Parse(args);
        if (launch.Problem is not null)
        {
            await errors.WriteLineAsync($"carebot: {launch.Problem}");
            return 2;
        }

        if (launch.BackupPath is { } backupPath)
        {
            return await BackupCommand.RunAsync(launch, backupPath, Console.Out, errors);
        }

        try
        {
            using var host = Build(launch, errors);
            _ = host.Services.GetRequiredService<LiteDbCareStore>();
            var telegramStopReason = TelegramRegistration.StopReason(host.Services);
            var console = host.Services.GetService<ConsoleOutcome>();
            await host.RunAsync();
            if (telegramStopReason() is { } reason)
            {
                await errors.WriteLineAsync($"carebot: {reason}");
                return 2;
            }

            // The Discord gateway already logged the one line saying why (a refused token, a close code that can't be fixed).
            if (Environment.ExitCode == CareBot.Discord.Api.Gateway.DiscordGatewayService.FatalExitCode)
            {
                return 2;
            }

            // The console session already logged the bug that ended it; a script must not mistake it for success.
            if (console?.Failed == true)
            {
                return 1;
            }

            return 0;
        }
        catch (StorageUnavailableException e)
        {
            await errors.WriteLineAsync($"carebot: {e.Message}");
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync($"carebot: configuration: {string.Join(" ", e.Failures)}");
            return 2;
        }
    }

    public static IHost Build(LaunchOptions launch, TextWriter errors)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = launch.ConfigurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (launch.DatabasePath is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("Storage:Path", launch.DatabasePath)]);
        }

        // Standard output belongs to the console adapter's protocol; every log line goes to standard error.
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddLiteDbStorage(builder.Configuration).AddCareBotEngine(builder.Configuration);

        var adapters = AdapterSelection.From(builder.Configuration, launch.ConsoleOnly);
        if (adapters.Console)
        {
            if (!launch.ConsoleOnly)
            {
                errors.WriteLine(NoTokenNotice);
            }

            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddConsoleAdapter();
        }
        else
        {
            builder.Services.AddRhythms();
            adapters.Register(builder.Services, builder.Configuration);
        }

        return builder.Build();
    }
}
