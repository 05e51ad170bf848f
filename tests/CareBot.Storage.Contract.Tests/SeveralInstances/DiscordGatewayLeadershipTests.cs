using System.Diagnostics;
using CareBot.Composition;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// Two CareBot hosts on one PostgreSQL, started as an operator would, against the fake Discord: only the leader holds
/// a gateway session, so each event is handled once; when it stops, the other connects and identifies.
/// </summary>
public sealed class DiscordGatewayLeadershipTests : IAsyncDisposable
{
    private const int LeaseSeconds = 3;
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly string _folder = Directory.CreateTempSubdirectory("carebot-lead-").FullName;
    private readonly Dictionary<string, IHost> _hosts = [];
    private FakeDiscordRestServer? _rest;
    private ScriptedGateway? _gateway;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.StopAsync();
            host.Dispose();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_rest is not null)
        {
            await _rest.DisposeAsync();
        }

        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [PostgreSqlFact]
    public async Task Only_the_leading_host_identifies_and_when_it_stops_the_other_does()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _gateway = await ScriptedGateway.StartAsync(TimeProvider.System);
        await StartHostAsync("first");
        await StartHostAsync("second");

        var firstSession = await IdentifiedAsync();

        // Two whole leases: time enough for the other host to connect too, were it not following.
        await Task.Delay(TimeSpan.FromSeconds(2 * LeaseSeconds));
        Assert.Single(_gateway.Connections);
        Assert.Equal(0, _gateway.WaitingConnections);

        var leader = GatewayHolder();
        await _hosts[leader].StopAsync();
        await firstSession.Ended.WaitAsync(TimeSpan.FromSeconds(30));

        var secondSession = await IdentifiedAsync();
        Assert.Equal(2, secondSession.Number);
        Assert.NotEqual(leader, GatewayHolder());
    }

    [PostgreSqlFact]
    public async Task When_the_leading_host_is_killed_the_other_identifies_within_30_seconds_with_the_default_lease()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _gateway = await ScriptedGateway.StartAsync(TimeProvider.System);

        // A process starting from cold on a busy machine.
        _gateway.StepCeiling = TimeSpan.FromSeconds(90);
        await using var killed = ChildCareBot.Start(Arguments("first", leaseSeconds: null));
        var firstSession = await IdentifiedAsync(() => killed.Output);
        await StartHostAsync("second", leaseSeconds: null);

        var died = Stopwatch.StartNew();
        await killed.KillAsync();
        await firstSession.Ended.WaitAsync(TimeSpan.FromSeconds(30));

        _gateway.StepCeiling = TimeSpan.FromSeconds(60);
        var secondSession = await IdentifiedAsync(() => killed.Output);
        Assert.True(died.Elapsed < TimeSpan.FromSeconds(30), $"the other host identified {died.Elapsed} after the leader was killed");
        Assert.Equal(2, secondSession.Number);
        Assert.Equal("second", GatewayHolder());
    }

    private async Task StartHostAsync(string name, int? leaseSeconds = LeaseSeconds)
    {
        var host = CareBotApp.Build(LaunchOptions.Parse([.. Arguments(name, leaseSeconds)]), TextWriter.Null);
        _hosts[name] = host;
        await host.StartAsync();
    }

    /// <param name="leaseSeconds">Cluster:LeaseSeconds; null for the default.</param>
    private List<string> Arguments(string name, int? leaseSeconds)
    {
        List<string> arguments =
        [
            "--db", Path.Combine(_folder, name, "carebot.db"),
            $"--Discord:Token={_rest!.Token}",
            $"--Discord:ApiBaseUrl={_rest.ApiBaseUrl}",
            $"--Discord:GatewayUrl={_gateway!.GatewayUrl}",
            "--Understanding:Model=None",
            "--Logging:LogLevel:Default=Warning",
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={_database.ConnectionString}",
            $"--Cluster:InstanceId={name}",
        ];
        if (leaseSeconds is { } seconds)
        {
            arguments.Add($"--Cluster:LeaseSeconds={seconds}");
        }

        return arguments;
    }

    /// <summary>Takes the next connection through Hello and Identify to READY.</summary>
    /// <param name="output">What a host of its own printed, to show when it never connects.</param>
    private async Task<ScriptedGatewayConnection> IdentifiedAsync(Func<string>? output = null)
    {
        ScriptedGatewayConnection connection;
        try
        {
            connection = await _gateway!.ExpectConnectionAsync("expect the leading host to connect");
        }
        catch (TimeoutException e) when (output is not null)
        {
            throw new TimeoutException($"{e.Message} The child host printed: {output()}", e);
        }

        await connection.SendHelloAsync(TimeSpan.FromSeconds(40));
        await connection.ExpectIdentifyAsync();
        await connection.SendReadyAsync("session-" + connection.Number, _gateway.ResumeUrl);
        return connection;
    }

    private string GatewayHolder()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT holder FROM leases WHERE role = 'discord-gateway'", connection);
        return (string)command.ExecuteScalar()!;
    }
}
