using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>A logger provider that keeps every message, and lets a test wait until one appears.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Category, string Text)> _entries = new();
    private readonly SemaphoreSlim _written = new(0);

    public IReadOnlyList<(int EventId, string Category, string Text)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public int Count(int eventId) => _entries.Count(entry => entry.EventId == eventId);

    /// <summary>Waits (up to a generous ceiling) until <paramref name="count"/> entries with this event id were logged.</summary>
    public async Task WaitForAsync(int eventId, int count = 1)
    {
        using var ceiling = new CancellationTokenSource(TestTimeout.Ceiling);
        while (Count(eventId) < count)
        {
            await _written.WaitAsync(TimeSpan.FromMilliseconds(50), ceiling.Token);
        }
    }

    public void Dispose() => _written.Dispose();

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            logs._entries.Enqueue((eventId.Id, category, formatter(state, exception) + " " + exception));
            logs._written.Release();
        }
    }
}
