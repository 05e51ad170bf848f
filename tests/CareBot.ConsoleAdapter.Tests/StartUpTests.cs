using CareBot.Composition;
using CareBot.ConsoleAdapter.Tests.Support;
using CareBot.Storage.LiteDb;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>Start-up as a newcomer meets it, with the built program: bad options, help, typos, where files go.</summary>
public sealed class StartUpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string> BadOptions() => new()
    {
        { "--Understanding:Model=Bogus", "", "Understanding:Model must be MiniLM or None." },
        { "--Storage:Path=", "", "Storage:Path must name the database file" },
        { "--Storage:Provider=Postgres", "", "Storage:Provider must be LiteDb or PostgreSql." },
        { "--Storage:Provider=PostgreSql", "", "Storage:ConnectionString can't be used with Storage:Provider=PostgreSql: it is empty." },
        { "--Cluster:LeaseSeconds=30", "", "Cluster:LeaseSeconds must be between 3 and 21" },
        { "--Telegram:Token=not-a-token", "", "Telegram:Token doesn't look like a bot token" },
        { "--Discord:Token=abc", "--Discord:ApiBaseUrl=nowhere", "Discord:ApiBaseUrl must be an absolute http(s) URL" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task A_bad_option_stops_it_with_only_one_clear_line_and_exit_code_2(string option, string other, string says)
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "", null, [.. new[] { option, other }.Where(a => a.Length > 0)]);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("carebot: configuration: ", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_stops_it_with_one_line_saying_where_and_never_the_password()
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "", null,
            "--Storage:Provider=PostgreSql", "--Storage:ConnectionString=Host=127.0.0.1;Port=1;Database=carebot;Username=bot;Password=hunter2;Timeout=3");

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("carebot: PostgreSQL (database carebot on 127.0.0.1:1 as bot) can't be used: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_the_usage_and_starts_nothing(string asked)
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "alice: /start\n", null, asked);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Usage.Text, run.StandardOutput);
        Assert.Empty(run.StandardError);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task An_unknown_argument_is_refused_with_the_usage_and_starts_nothing()
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "alice: /start\n", null, "consol", "--db", "typo.db");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("carebot: unknown argument 'consol'; did you mean console?", run.ErrorLines[0]);
        Assert.Contains(Usage.Text.Trim(), run.StandardError, StringComparison.Ordinal);
        Assert.Empty(run.StandardOutput);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task A_relative_db_is_created_in_the_folder_it_was_started_from()
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "bob: /offer soup on Sundays\n", null, "console", "--db", "relative.db");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(_folder.File("relative.db")), $"no relative.db in the working folder; {run}");
    }

    [Fact]
    public async Task An_appsettings_json_in_the_folder_it_was_started_from_is_read()
    {
        await File.WriteAllTextAsync(_folder.File("appsettings.json"), """{ "Storage": { "Path": "from-settings.db" } }""");

        var run = await CareBotProcess.RunAsync(_folder.Path, "bob: /offer soup on Sundays\n", null, "console");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(_folder.File("from-settings.db")), $"appsettings.json in the working folder was not read; {run}");
        Assert.False(File.Exists(_folder.File("carebot.db")));
    }

    [Fact]
    public async Task A_database_in_use_is_refused_in_one_line_that_names_db()
    {
        var database = _folder.File("carebot.db");
        using var first = LiteDbCareStore.Open(database);

        var run = await CareBotProcess.RunAsync(_folder.Path, "alice: /start\n", null, "console", "--db", database);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"carebot: The database {database} is in use by another CareBot", line, StringComparison.Ordinal);
        Assert.Contains("--db PATH", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_console_run_keeps_the_clock_and_the_admins_of_the_first()
    {
        var database = _folder.File("carebot.db");
        await CareBotProcess.RunAsync(_folder.Path,
            "bob: /offer rides to appointments, I have a car\nalice: /need a ride to the clinic\nbob: /claim 1\n:admin alice\n:advance 71h\n",
            null, "console", "--db", database);

        var second = await CareBotProcess.RunAsync(_folder.Path, ":advance 1h\nalice: /agree wave-size 1\n", null, "console", "--db", database);

        Assert.True(second.ExitCode == 0, second.ToString());
        var messages = ProtocolOutput.Parse(second.StandardOutput);
        Assert.Single(messages, m => m.IsDirect && m.To == "bob" && m.Says("Did #1 happen?"));
        Assert.Single(messages, m => !m.IsDirect && m.Says("updated the group's agreements"));
    }
}
