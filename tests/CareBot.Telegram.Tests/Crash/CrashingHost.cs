using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// The host as a supervisor runs it: one process at a time on one database, killed outright (SIGKILL) and started
/// again at once. Remembers when each run first reached the fake, which tells the runs' messages apart, and keeps
/// every run's output for the message of a failing test.
/// </summary>
internal sealed class CrashingHost(FakeTelegramServer fake, string databasePath) : IAsyncDisposable
{
    private readonly List<ChildBot> _runs = [];
    private readonly List<DateTimeOffset> _arrivals = [];

    /// <summary>When each run asked who the bot is (getMe), its first call: it sends nothing before.</summary>
    public IReadOnlyList<DateTimeOffset> Arrivals => _arrivals;

    /// <summary>When the current run first polled for updates.</summary>
    public DateTimeOffset PollingSince { get; private set; }

    public string Output => string.Join($"{Environment.NewLine}--- killed and started again ---{Environment.NewLine}", _runs.Select(run => run.Output));

    /// <summary>Starts a run and waits until it polls for updates.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var asked = fake.Requests.RequestsTo("getMe");
        var polled = fake.Requests.RequestsTo("getUpdates");
        _runs.Add(await ChildBot.StartAsync(fake, databasePath, null, cancellationToken));

        var calls = fake.Requests.Calls;
        _arrivals.Add(calls.Where(call => call.Method == "getMe").ElementAt(asked).At);
        PollingSince = calls.Where(call => call.Method == "getUpdates").ElementAt(polled).At;
    }

    /// <summary>kill -9 of the current run; returns once it is gone.</summary>
    public Task KillAsync() => _runs[^1].KillAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var run in _runs)
        {
            await run.DisposeAsync();
        }
    }
}
