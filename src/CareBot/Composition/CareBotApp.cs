using CareBot.ConsoleAdapter;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>Composes the host from configuration and runs it; start-up failures become one clear line and exit code 2.</summary>
internal static class CareBotApp
{
    public const string NoTokenNotice =
        "No chat token is configured, so CareBot starts the console adapter. To run in Telegram, set Telegram__Token " +
        "(from @BotFather), Discord__Token (from the Discord developer portal), or both; see README.md.";

    public static Task<int> RunAsync(string[] args, TextWriter errors) => RunAsync(args, Console.Out, errors);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var launch = LaunchOptions.Parse(args);
        if (launch.Problem is not null)
        {
            await errors.WriteLineAsync($"carebot: {launch.Problem}");
            if (launch.ShowUsage)
            {
                await errors.WriteAsync(Usage.Text);
            }

            return 2;
        }

        switch (launch.Command)
        {
            case LaunchCommand.Help:
                await output.WriteAsync(Usage.Text);
                return 0;
            case LaunchCommand.Backup:
                return await BackupCommand.RunAsync(launch, launch.BackupPath!, output, errors);
            case LaunchCommand.Health:
                return await HealthCommand.RunAsync(launch, TimeProvider.System, output, errors);
            case LaunchCommand.Migrate:
                return await MigrateCommand.RunAsync(launch.MigrateFrom!, launch.MigrateTo!, output, errors, CancellationToken.None);
        }

        try
        {
            using var host = Build(launch, errors);
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
        catch (Exception e) when (e is StorageUnavailableException or PostgreSqlUnavailableException)
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

    /// <summary>
    /// The host, with its options checked and its database open, so a bad option or an unusable file stops it here,
    /// before it starts. (Started, the host would log the failure with a long stack trace before anyone could say why.)
    /// </summary>
    /// <param name="logging">More logging, for a host run inside a test (its log beside the test's output).</param>
    public static IHost Build(LaunchOptions launch, TextWriter errors, Action<ILoggingBuilder>? logging = null)
    {
        ThreadPoolFloor.Raise();
        var builder = CareBotConfiguration.CreateBuilder(launch);

        // Standard output belongs to the console adapter's protocol; every log line goes to standard error.
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        logging?.Invoke(builder.Logging);
        builder.Services.AddStorage(builder.Configuration).AddCareBotEngine(builder.Configuration);

        var adapters = AdapterSelection.From(builder.Configuration, launch.ConsoleOnly);
        if (adapters.Console)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Files the console is sent (the /map picture, an /export) go beside the database.
            builder.Services.AddConsoleAdapter(sp =>
                Path.GetDirectoryName(Path.GetFullPath(sp.GetRequiredService<IOptions<LiteDbOptions>>().Value.Path)) ?? Directory.GetCurrentDirectory());
        }
        else
        {
            builder.Services.AddRhythms();
            adapters.Register(builder.Services, builder.Configuration);
        }

        var host = builder.Build();
        try
        {
            StartupChecks.Run(host.Services);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        if (adapters.Console && !launch.ConsoleOnly)
        {
            errors.WriteLine(NoTokenNotice);
        }

        return host;
    }
}
