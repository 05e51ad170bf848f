using System.Diagnostics;
using System.Text;
using CareBot.Composition;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// The built host (CareBot.dll) run as its own process, configured through environment variables as a new user
/// would run it, so a test can kill it outright (SIGKILL) and read everything it printed.
/// </summary>
internal sealed class ChildBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildBot(Process process)
    {
        _process = process;
    }

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the host and returns once it polls the fake for updates (or sets its webhook), the first thing it does once it is ready; if the
    /// process ends first, at once, with what it printed. A loaded machine can take many seconds to start a process,
    /// so this waits on those two events, not for a fixed time.
    /// </summary>
    public static async Task<ChildBot> StartAsync(
        FakeTelegramServer fake, string databasePath, IReadOnlyDictionary<string, string>? extra, CancellationToken cancellationToken)
    {
        // Ready: it polls, or in webhook mode it has registered the webhook.
        int Listened() => fake.Requests.RequestsTo("getUpdates") + fake.Requests.RequestsTo("setWebhook");
        var polled = Listened();
        var child = Start(fake, databasePath, extra);
        using var ceiling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ceiling.CancelAfter(TestTimeout.Wait);
        var polling = fake.WaitUntilAsync(() => Listened() > polled, Timeout.InfiniteTimeSpan, ceiling.Token);
        var exited = child._process.WaitForExitAsync(ceiling.Token);
        try
        {
            var first = await Task.WhenAny(polling, exited);
            if (first == exited && !polling.IsCompletedSuccessfully)
            {
                await exited;
                throw new InvalidOperationException($"The host exited with code {child._process.ExitCode} before it polled for updates. Its output:{Environment.NewLine}{child.Output}");
            }

            await polling;
            return child;
        }
        catch (OperationCanceledException e)
        {
            await child.DisposeAsync();
            throw new TimeoutException($"The host did not poll for updates within {TestTimeout.Wait}. Its output:{Environment.NewLine}{child.Output}", e);
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    private static ChildBot Start(FakeTelegramServer fake, string databasePath, IReadOnlyDictionary<string, string>? extra = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // The host's own CareBot.dll, run with this test assembly's dependency list: the copy beside the tests has no
        // deps file of its own that finds the shared framework pieces the fake server pulls in.
        var folder = AppContext.BaseDirectory;
        var tests = typeof(ChildBot).Assembly.GetName().Name;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(Path.Combine(folder, $"{tests}.runtimeconfig.json"));
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(Path.Combine(folder, $"{tests}.deps.json"));
        start.ArgumentList.Add(typeof(CareBotApp).Assembly.Location);
        foreach (var (key, value) in BotSettings.For(fake, databasePath, extra))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var child = new ChildBot(process);
        process.OutputDataReceived += (_, line) => child.Append(line.Data);
        process.ErrorDataReceived += (_, line) => child.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>kill -9: no shutdown, no flushing, nothing finished.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(TestTimeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
