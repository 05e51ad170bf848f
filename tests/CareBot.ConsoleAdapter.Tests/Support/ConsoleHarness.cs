using CareBot.Composition;
using CareBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>
/// CareBot composed exactly as <c>carebot console --db PATH</c> composes it, with scripts fed to its
/// console session through text readers and writers instead of standard input and output.
/// </summary>
internal sealed class ConsoleHarness : IDisposable
{
    private readonly IHost _host;
    private readonly ConsoleSession _session;

    private ConsoleHarness(IHost host)
    {
        _host = host;
        _session = host.Services.GetRequiredService<ConsoleSession>();
    }

    public ICareStore Store => _host.Services.GetRequiredService<ICareStore>();

    public IServiceProvider Services => _host.Services;

    public static ConsoleHarness Open(string databasePath)
    {
        // Words only: these scripts are about the console, and a sentence model per harness would cost seconds each.
        var launch = LaunchOptions.Parse(["console", "--db", databasePath, "--Understanding:Model=None"]);
        Assert.Null(launch.Problem);
        using var notes = new StringWriter();
        var harness = new ConsoleHarness(CareBotApp.Build(launch, notes));
        Assert.Equal("", notes.ToString());
        return harness;
    }

    /// <summary>Runs the script's lines to the end, as the console does with standard input.</summary>
    public async Task<Transcript> RunAsync(params string[] lines)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var diagnostics = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(string.Join('\n', lines));
        // A ceiling for a session that hangs; a script ends as soon as its last line is handled.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _session.RunAsync(input, output, diagnostics, interactive: false, timeout.Token);
        return new Transcript(output.ToString(), diagnostics.ToString());
    }

    public void Dispose() => _host.Dispose();
}
