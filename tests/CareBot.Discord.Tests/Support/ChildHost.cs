using System.Diagnostics;
using System.Text;
using CareBot.Composition;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>
/// The built host (CareBot.dll) run as its own process, configured through environment variables as a new user would
/// run it, so a test can kill it outright (SIGKILL) and read everything it printed.
/// </summary>
internal sealed class ChildHost : IAsyncDisposable
{
    private static readonly TimeSpan ExitCeiling = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildHost(Process process)
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
    /// The host pointed at the fake Discord as a new user points it at Discord: the token and both addresses as
    /// environment variables (Discord__Token, Discord__ApiBaseUrl, Discord__GatewayUrl), on its own database.
    /// </summary>
    public static ChildHost Start(FakeDiscordRestServer rest, ScriptedGateway gateway, string databasePath, IEnumerable<string> arguments) =>
        Start(
            new Dictionary<string, string>
            {
                ["Discord__Token"] = rest.Token,
                ["Discord__ApiBaseUrl"] = rest.ApiBaseUrl.ToString(),
                ["Discord__GatewayUrl"] = gateway.GatewayUrl.ToString(),
                ["Storage__Path"] = databasePath,
                ["Understanding__Model"] = "None",
                ["Logging__LogLevel__Default"] = "Warning",
            },
            arguments);

    /// <param name="environment">Settings as environment variables ("Discord__Token").</param>
    /// <param name="arguments">More settings on the command line ("--Discord:GuildIds:0=…").</param>
    public static ChildHost Start(IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments)
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
        var tests = typeof(ChildHost).Assembly.GetName().Name;
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
        var child = new ChildHost(process);
        process.OutputDataReceived += (_, line) => child.Append(line.Data);
        process.ErrorDataReceived += (_, line) => child.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>kill -9 of the whole process tree: no shutdown, no flushing, nothing finished. Returns once it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var ceiling = new CancellationTokenSource(ExitCeiling);
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
