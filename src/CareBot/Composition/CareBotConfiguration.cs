using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Configuration.Memory;

namespace CareBot.Composition;

/// <summary>
/// Where CareBot's configuration comes from, lowest first: its built-in defaults, appsettings.json in the folder it was
/// started from, environment variables, the command line, and <c>--db</c>. The bot, <c>backup</c> and <c>health</c>
/// all read it here, so they agree on which database is meant.
/// </summary>
internal static class CareBotConfiguration
{
    /// <summary>Quiet framework logs unless asked for; the rest comes from the files and the environment.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
    };

    public static HostApplicationBuilder CreateBuilder(LaunchOptions launch)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = launch.ConfigurationArgs,

            // The folder CareBot was started from, not the one its files were built into: that is where a newcomer
            // puts appsettings.json, and where a relative Storage:Path or --db (like the default carebot.db) lands.
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        if (launch.DatabasePath is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("Storage:Path", launch.DatabasePath)]);
        }

        return builder;
    }

    /// <summary>Whether this configuration keeps the records in PostgreSQL rather than a LiteDB file.</summary>
    public static bool UsesPostgreSql(IConfiguration configuration) =>
        string.Equals(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"], StorageOptions.PostgreSql, StringComparison.Ordinal);

    /// <summary>The database file this configuration names, as the store will open it.</summary>
    public static string DatabasePath(IConfiguration configuration)
    {
        var path = configuration[$"{LiteDbOptions.Section}:{nameof(LiteDbOptions.Path)}"];
        return string.IsNullOrWhiteSpace(path) ? new LiteDbOptions().Path : path;
    }
}
