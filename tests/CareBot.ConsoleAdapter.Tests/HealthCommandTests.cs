using CareBot.Composition;
using CareBot.ConsoleAdapter.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary><c>carebot health</c> reads the heartbeat a running bot writes beside its database.</summary>
public sealed class HealthCommandTests : IDisposable
{
    private static readonly DateTimeOffset Beat = new(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(Beat);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_heartbeat_from_the_last_minute_is_healthy()
    {
        Heartbeat.Write(Heartbeat.PathFor(_folder.File("carebot.db")), Beat);
        _clock.Advance(TimeSpan.FromSeconds(59));

        var (exitCode, output, errors) = await HealthAsync();

        Assert.Equal(0, exitCode);
        Assert.StartsWith("healthy: heartbeat 59 s ago", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_old_heartbeat_is_unhealthy_in_one_line()
    {
        Heartbeat.Write(Heartbeat.PathFor(_folder.File("carebot.db")), Beat);
        _clock.Advance(TimeSpan.FromSeconds(61));

        var (exitCode, output, errors) = await HealthAsync();

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unhealthy: the last heartbeat", line, StringComparison.Ordinal);
        Assert.Contains("is 61 s old", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_heartbeat_is_unhealthy_in_one_line()
    {
        var (exitCode, output, errors) = await HealthAsync();

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"carebot: unhealthy: no CareBot is running on {_folder.File("carebot.db")}", line, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Errors)> HealthAsync()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var launch = LaunchOptions.Parse(["health", "--db", _folder.File("carebot.db")]);
        var exitCode = await HealthCommand.RunAsync(launch, _clock, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
