using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CareBot.Discord.Tests.Support;

/// <summary>An in-process host's own log lines, from Information up, written to the test's output: shown with a failure.</summary>
internal static class HostLog
{
    public static Action<ILoggingBuilder> To(ITestOutputHelper output) => logging => logging
        .AddFakeLogging(options =>
        {
            options.OutputFormatter = record =>
                $"{record.Timestamp:HH:mm:ss.fff} {record.Level} {record.Category}: {record.Message}{(record.Exception is null ? "" : $" ({record.Exception})")}";
            options.OutputSink = line => WriteWhileTheTestRuns(output, line);
        })
        .AddFilter<FakeLoggerProvider>("CareBot", LogLevel.Information);

    private static void WriteWhileTheTestRuns(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test is over (a host still stopping logs after it): there is no output to write to any more.
        }
    }
}
