using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// A PostgreSQL cluster of its own in a temporary folder, on a free port of 127.0.0.1, trusting local connections,
/// with durability off (it lives for one test run) unless asked for, as the benchmarks do to measure what production pays. PostgreSQL refuses to run as root, so as root (CI runs as root)
/// the cluster belongs to the "postgres" user that Debian's package creates, and its commands run through runuser.
/// </summary>
internal sealed class ThrowawayCluster : IDisposable
{
    private const string ServiceUser = "postgres";
    private const string Superuser = "carebot";
    private const string FolderPrefix = "carebot-pg-";

    private readonly string _binaries;
    private readonly string _folder;
    private readonly string _data;

    private ThrowawayCluster(string binaries, string folder, int port)
    {
        _binaries = binaries;
        _folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public int Port { get; }

    /// <summary>As root the cluster belongs to postgres, who may not reach a TMPDIR under root's home; /tmp it can.</summary>
    private static string TempRoot => Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={Superuser};Database=postgres;Timeout=15";

    /// <summary>Starts a cluster, or says in one line why it can't.</summary>
    /// <param name="durable">Every commit flushed to disk (fsync, synchronous commit, full pages), as in production.</param>
    public static (ThrowawayCluster? Cluster, string? Problem) Start(string binaries, bool durable = false)
    {
        var asRoot = Environment.IsPrivilegedProcess;
        if (asRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
        {
            return (null, "running as root, and PostgreSQL won't; runuser (util-linux) is missing to run it as postgres");
        }

        if (asRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith(ServiceUser + ":", StringComparison.Ordinal)))
        {
            return (null, "running as root, and PostgreSQL won't; there is no 'postgres' user to run it as (Debian's postgresql package creates one)");
        }

        RemoveLeftovers();
        var folder = Path.Combine(TempRoot, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var cluster = new ThrowawayCluster(binaries, folder, FreePort());
        (ThrowawayCluster?, string?) Fail(string problem)
        {
            cluster.Dispose();
            return (null, problem);
        }

        try
        {
            if (asRoot && Run("chown", ["-R", ServiceUser, folder], asUser: null) is { } chownProblem)
            {
                return Fail($"could not give {folder} to the postgres user: {chownProblem}");
            }

            var initdb = cluster.Tool("initdb", ["-D", cluster._data, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            if (initdb is not null)
            {
                return Fail($"initdb failed: {initdb}");
            }

            var durability = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            var options = $"-k {folder} -p {cluster.Port} -c listen_addresses=127.0.0.1{durability}";
            var started = cluster.Tool("pg_ctl", ["-D", cluster._data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
            if (started is not null)
            {
                var log = File.Exists(Path.Combine(folder, "server.log")) ? File.ReadLines(Path.Combine(folder, "server.log")).LastOrDefault() : null;
                return Fail($"pg_ctl start failed: {started} {log}".Trim());
            }

            return (cluster, null);
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return Fail($"could not start PostgreSQL: {e.Message}");
        }
    }

    /// <summary>
    /// Stops the server at once (nothing in it is worth a clean shutdown) and removes its folder. This runs as the test
    /// process exits, and the runner ends the process within moments (it was seen to cut a 100 ms wait short), so
    /// nothing here waits: SIGQUIT is PostgreSQL's immediate shutdown, which the postmaster passes on to its children.
    /// What the delete misses while the server is still closing its files, the next run removes (see RemoveLeftovers).
    /// </summary>
    public void Dispose()
    {
        if (PostmasterId(_data) is { } postmaster)
        {
            _ = Signals.Quit(postmaster);
        }

        DeleteQuietly(_folder);
    }

    /// <summary>Folders of earlier runs whose server is gone (the runner ended the process before it could clean up).</summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.GetDirectories(TempRoot, FolderPrefix + "*"))
        {
            if (PostmasterId(Path.Combine(folder, "data")) is not { } pid || !Directory.Exists($"/proc/{pid}"))
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static int? PostmasterId(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        try
        {
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run removes it (see RemoveLeftovers).
        }
    }

    private string? Tool(string name, string[] arguments) =>
        Run(Path.Combine(_binaries, name), arguments, Environment.IsPrivilegedProcess ? ServiceUser : null);

    /// <summary>Runs a command to its end; null when it succeeded, else its last line of output.</summary>
    private static string? Run(string program, string[] arguments, string? asUser)
    {
        var start = new ProcessStartInfo(asUser is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var word in new[] { "-u", asUser, "--", program })
            {
                start.ArgumentList.Add(word);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The server inherits no test runner variables that could change its locale or its idea of home.
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0)
        {
            return null;
        }

        var said = (errors + "\n" + output.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return said.FirstOrDefault(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? said.LastOrDefault() ?? $"exit code {process.ExitCode}";
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
