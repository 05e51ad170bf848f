using System.Diagnostics;
using System.Text;
using CareBot.Composition;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// The built host (CareBot.dll) as a process of its own, configured on its command line, so a test can kill it outright
/// (SIGKILL: nothing finished, no lease let go) and read what it printed.
/// </summary>
internal sealed class ChildCareBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildCareBot(Process process) => _process = process;

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

    public static ChildCareBot Start(IEnumerable<string> arguments) => Start(arguments, new Dictionary<string, string>());

    /// <param name="environment">Settings as environment variables, as an operator sets them ("Discord__Token").</param>
    public static ChildCareBot Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };

        // CareBot.dll with this test assembly's runtime config and dependency list, which find everything it needs.
        var folder = AppContext.BaseDirectory;
        var tests = typeof(ChildCareBot).Assembly.GetName().Name;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(Path.Combine(folder, $"{tests}.runtimeconfig.json"));
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(Path.Combine(folder, $"{tests}.deps.json"));
        start.ArgumentList.Add(typeof(CareBotApp).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var child = new ChildCareBot(process);
        process.OutputDataReceived += (_, line) => child.Append(line.Data);
        process.ErrorDataReceived += (_, line) => child.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>kill -9 of the whole process tree; returns once it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var ceiling = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(ceiling.Token);
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
