using System.Diagnostics;

namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>The built CareBot.dll run as a child process, the way a person or a script runs it.</summary>
internal static class CareBotProcess
{
    /// <summary>
    /// A ceiling, not a wait: the test goes on as soon as the process exits. Generous, because on a loaded 2-core
    /// machine starting a .NET process and loading the sentence model can take many times its usual second or two.
    /// </summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>The host's build output is copied beside this test assembly by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "CareBot.dll");

    public static async Task<ProcessResult> RunAsync(string workingDirectory, string standardInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        Assert.True(File.Exists(Dll), $"CareBot.dll should be beside the tests: {Dll}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever the machine has configured, this run has no chat token: the console is what's tested.
        foreach (var name in new[] { "Telegram__Token", "Discord__Token", "DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It exited without reading its input (--help, a refused argument); what it printed tells the test why.
        }

        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"CareBot did not exit within {Limit.TotalSeconds} seconds. stderr: {await errors}");
        }

        return new ProcessResult(process.ExitCode, await output, await errors);
    }

    /// <summary>The same dotnet that runs the tests (the SDK says which); "dotnet" from PATH otherwise.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
