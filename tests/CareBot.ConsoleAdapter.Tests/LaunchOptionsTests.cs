using CareBot.Composition;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>How the command line is read: CareBot's own words, configuration passed on, anything else refused.</summary>
public sealed class LaunchOptionsTests
{
    [Theory]
    [InlineData("", "Bot", null, "")]
    [InlineData("console", "Console", null, "")]
    [InlineData("console --db x.db", "Console", "x.db", "")]
    [InlineData("--db x.db console", "Console", "x.db", "")]
    [InlineData("--Telegram:Token=1:a console", "Console", null, "--Telegram:Token=1:a")]
    [InlineData("--Telegram:Token 1:a", "Bot", null, "--Telegram:Token 1:a")]
    [InlineData("Storage:Path=y.db", "Bot", null, "Storage:Path=y.db")]
    [InlineData("/Storage:Path=y.db", "Bot", null, "/Storage:Path=y.db")]
    [InlineData("backup b.db --db x.db", "Backup", "x.db", "")]
    [InlineData("--help", "Help", null, "")]
    [InlineData("console -h", "Help", null, "")]
    [InlineData("--db help", "Bot", "help", "")]
    public void Reads_its_own_words_and_passes_configuration_on(string line, string command, string? database, string configuration)
    {
        var launch = LaunchOptions.Parse(Words(line));

        Assert.Null(launch.Problem);
        Assert.Equal(Enum.Parse<LaunchCommand>(command), launch.Command);
        Assert.Equal(database, launch.DatabasePath);
        Assert.Equal(Words(configuration), launch.ConfigurationArgs);
    }

    [Theory]
    [InlineData("consol", "unknown argument 'consol'; did you mean console?", true)]
    [InlineData("Console", "unknown argument 'Console'; did you mean console?", true)]
    [InlineData("bakup x.db", "unknown argument 'bakup'; did you mean backup?", true)]
    [InlineData("--hlep", "unknown argument '--hlep'; did you mean --help?", true)]
    [InlineData("-v", "unknown argument '-v'", true)]
    [InlineData("telegram", "unknown argument 'telegram'", true)]
    [InlineData("console console", "only one command at a time: console or console", true)]
    [InlineData("--db", "--db needs a file path, e.g. --db carebot.db", false)]
    [InlineData("backup", "backup needs the file to write, e.g. backup /backups/carebot-2026-01-31.db", false)]
    [InlineData("--Telegram:Token", "--Telegram:Token needs a value, e.g. --Telegram:Token=value", false)]
    [InlineData("migrate --from litedb:x.db", "migrate copies a LiteDB file into PostgreSQL: migrate --from litedb:", false)]
    [InlineData("migrate --from x.db --to postgresql:Host=db", "--from needs a store, e.g. migrate --from litedb:", false)]
    [InlineData("migrate --from postgresql:Host=db --to litedb:x.db", "migrate copies a LiteDB file into PostgreSQL", false)]
    [InlineData("console --to postgresql:Host=db", "--from and --to belong to migrate", false)]
    public void Refuses_what_it_does_not_know_instead_of_ignoring_it(string line, string problem, bool showsUsage)
    {
        var launch = LaunchOptions.Parse(Words(line));

        Assert.StartsWith(problem, launch.Problem, StringComparison.Ordinal);
        Assert.Equal(showsUsage, launch.ShowUsage);
    }

    [Fact]
    public void Migrate_reads_where_from_and_where_to_and_never_shows_the_password()
    {
        var launch = LaunchOptions.Parse(["migrate", "--to", "postgresql:Host=db;Database=carebot;Username=bot;Password=hunter2", "--from", "litedb:/data/carebot.db"]);

        Assert.Null(launch.Problem);
        Assert.Equal(LaunchCommand.Migrate, launch.Command);
        Assert.Equal(new StoreAddress(StoreKind.LiteDb, "/data/carebot.db"), launch.MigrateFrom);
        Assert.Equal("Host=db;Database=carebot;Username=bot;Password=hunter2", launch.MigrateTo!.Location);
        Assert.Equal("postgresql:database carebot on db:5432 as bot", launch.MigrateTo.ToString());
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
