using CareBot.Testing.FakeDiscord.Rest;
using Xunit.Abstractions;

namespace CareBot.Discord.Tests.Support;

/// <summary>What a test changes of the harness's fake Discord and host: the REST fake's limits, the heartbeat, more configuration.</summary>
internal sealed record DiscordHarnessOptions
{
    public FakeDiscordRestOptions Rest { get; init; } = new();

    /// <summary>What Hello tells the host; short only where a test waits for heartbeats (a zombie).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>A database file to use (another run's, to restart on it); a new one when null.</summary>
    public string? Database { get; init; }

    /// <summary>
    /// Runs the host as its own process (the built CareBot.dll, configured through environment variables as a new user
    /// would), so a test can kill it outright; the host's engine and store are then out of reach.
    /// </summary>
    public bool OwnProcess { get; init; }

    /// <summary>
    /// Where an in-process host's log goes (CareBot's own lines from Information up), so a test that fails shows what the
    /// host did; none when null.
    /// </summary>
    public ITestOutputHelper? Output { get; init; }

    /// <summary>More command-line configuration; "{guild}" stands for the test server's id.</summary>
    public IReadOnlyList<string> Configuration { get; init; } = [];
}
