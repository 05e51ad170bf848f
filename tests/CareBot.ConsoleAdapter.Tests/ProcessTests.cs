using CareBot.ConsoleAdapter.Tests.Support;
using CareBot.Composition;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>CareBot as a built program: standard input in, protocol lines out, notes on standard error, exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_script_on_standard_input_gets_only_protocol_lines_on_standard_output_and_exit_code_0()
    {
        var script = string.Join('\n',
            "# the scenario from the brief",
            "bob: /offer rides to appointments, I have a car",
            "carol: /offer cooking meals for families",
            "dave: /offer driving and errands",
            "dave: /pause 7",
            "alice: /need a ride to the clinic on friday morning",
            "this line is not protocol",
            ":advance 1h",
            "bob: /claim 1") + "\n";

        var run = await CareBotProcess.RunAsync(_folder.Path, script, null, "console", "--db", _folder.File("carebot.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var messages = ProtocolOutput.Parse(run.StandardOutput);
        var post = Assert.Single(messages, m => !m.IsDirect && m.To == "town" && m.Says("Need #1"));
        Assert.True(post.HasButton("I can help", "/claim 1"), run.ToString());
        Assert.Single(messages, m => m.IsDirect && m.To == "bob" && m.Says("could use a hand"));
        Assert.Single(messages, m => m.IsDirect && m.To == "alice" && m.Says("bob can help with #1"));
        Assert.DoesNotContain("couldn't read", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("clock is now", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(couldn't read that line: expected `name: /command`", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("(clock is now ", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("--- to", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(CareBotApp.NoTokenNotice, run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_on_the_same_file_carries_on_even_east_of_Greenwich()
    {
        var database = _folder.File("carebot.db");
        var farEast = new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati" };

        var first = await CareBotProcess.RunAsync(_folder.Path,
            "bob: /offer rides to appointments, I have a car\ndave: /offer driving and errands\ndave: /pause\nalice: /need a ride to the clinic\n",
            farEast, "console", "--db", database);
        var second = await CareBotProcess.RunAsync(_folder.Path,
            "carol: /need a lift to the hospital\ndave@dm: /me\n", farEast, "console", "--db", database);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var messages = ProtocolOutput.Parse(second.StandardOutput);
        Assert.Single(messages, m => !m.IsDirect && m.Says("Need #2"));
        Assert.Single(messages, m => m.IsDirect && m.To == "bob" && m.Says("#2"));
        var profile = Assert.Single(messages, m => m.IsDirect && m.To == "dave");
        Assert.True(profile.Says("On a break until you /resume."), second.ToString());
    }

    [Fact]
    public async Task With_no_arguments_and_no_token_it_says_so_in_one_line_and_runs_the_console()
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "", null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([CareBotApp.NoTokenNotice], run.ErrorLines);
        Assert.Empty(run.StandardOutput);
        Assert.True(File.Exists(_folder.File("carebot.db")), "the default database is created in the working folder");
    }

    [Fact]
    public async Task A_database_file_it_cannot_use_stops_it_with_one_line_and_exit_code_2()
    {
        var garbage = new byte[32 * 1024];
        new Random(3).NextBytes(garbage);
        var database = _folder.File("carebot.db");
        await File.WriteAllBytesAsync(database, garbage);

        var run = await CareBotProcess.RunAsync(_folder.Path, "alice: /start\n", null, "console", "--db", database);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"carebot: Can't read the database {database}: it is not a CareBot database or it is damaged", line, StringComparison.Ordinal);
        Assert.Empty(run.StandardOutput);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
    }

    [Fact]
    public async Task A_db_option_without_a_path_stops_it_with_one_line_and_exit_code_2()
    {
        var run = await CareBotProcess.RunAsync(_folder.Path, "", null, "console", "--db");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(["carebot: --db needs a file path, e.g. --db carebot.db"], run.ErrorLines);
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public async Task Backup_writes_a_copy_that_runs_and_a_missing_database_fails_with_one_line_and_exit_code_1()
    {
        var database = _folder.File("carebot.db");
        var backup = _folder.File("carebot-backup.db");
        await CareBotProcess.RunAsync(_folder.Path, "bob: /offer rides to appointments, I have a car\n", null, "console", "--db", database);

        var made = await CareBotProcess.RunAsync(_folder.Path, "", null, "backup", backup, "--db", database);
        var fromCopy = await CareBotProcess.RunAsync(_folder.Path, "bob@dm: /offers\n", null, "console", "--db", backup);
        var missing = await CareBotProcess.RunAsync(_folder.Path, "", null, "backup", _folder.File("other-backup.db"), "--db", _folder.File("missing.db"));

        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Contains($"to {backup}", made.StandardOutput, StringComparison.Ordinal);
        Assert.Single(ProtocolOutput.Parse(fromCopy.StandardOutput), m => m.IsDirect && m.To == "bob" && m.Says("rides to appointments"));
        Assert.True(missing.ExitCode == 1, missing.ToString());
        var line = Assert.Single(missing.ErrorLines);
        Assert.StartsWith("carebot: backup failed: There is no database at", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("other-backup.db")));
        Assert.False(File.Exists(_folder.File("missing.db")));
    }
}
