using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>Keeps every log line so a test can check what an operator would read, and signals each new one.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>, ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> lines = new();
    private readonly SemaphoreSlim written = new(0);

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => [.. lines];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lines.Enqueue((logLevel, formatter(state, exception)));
        written.Release();
    }

    /// <summary>Waits (30 s at most) for a line containing <paramref name="text"/>.</summary>
    public async Task<string> WaitForAsync(string text)
    {
        var ceiling = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = lines.FirstOrDefault(line => line.Message.Contains(text, StringComparison.Ordinal));
            if (found.Message is not null)
            {
                return found.Message;
            }
            if (!await written.WaitAsync(ceiling - DateTime.UtcNow > TimeSpan.Zero ? ceiling - DateTime.UtcNow : TimeSpan.Zero))
            {
                throw new TimeoutException($"No log line containing '{text}' within 30 s; logged: {string.Join(" | ", lines.Select(line => line.Message))}");
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose() => written.Dispose();
}
