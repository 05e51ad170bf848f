using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareBot.Testing.FakeDiscord.Gateway;

/// <summary>
/// A Discord gateway played by the test: a real WebSocket server on loopback that accepts the
/// client's connections and hands each to the test as a <see cref="ScriptedGatewayConnection"/>
/// to script (send Hello, expect Identify, send Ready…). Heartbeats are acknowledged in the
/// background unless switched off. Every frame the client sends is recorded with the time on the
/// test's clock, and so is every close code the client used.
/// </summary>
public sealed class ScriptedGateway : IAsyncDisposable
{
    private readonly Channel<ScriptedGatewayConnection> arrivals = Channel.CreateUnbounded<ScriptedGatewayConnection>();
    private readonly List<ReceivedGatewayFrame> received = [];
    private readonly List<ScriptedGatewayConnection> connections = [];
    private readonly TimeProvider clock;
    private readonly DateTimeOffset startedAt;
    private WebApplication? app;

    private ScriptedGateway(TimeProvider clock)
    {
        this.clock = clock;
        startedAt = clock.GetUtcNow();
    }

    /// <summary>The server's root, e.g. <c>ws://127.0.0.1:5123/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Where a client should first connect.</summary>
    public Uri GatewayUrl => new(Address, "/gateway");

    /// <summary>What Ready gives as <c>resume_gateway_url</c>: the same server on a path of its own, so a test can tell a resume went there.</summary>
    public Uri ResumeUrl => new(Address, "/resume");

    /// <summary>How long a script step waits (in real time) before it fails saying what came instead.</summary>
    public TimeSpan StepCeiling { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether connections that open from now on answer heartbeats by themselves.</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>Whether connections that open from now on answer the client's close frame (a dead network answers nothing).</summary>
    public bool AnswerCloses { get; set; } = true;

    public IReadOnlyList<ReceivedGatewayFrame> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public IReadOnlyList<ScriptedGatewayConnection> Connections
    {
        get
        {
            lock (connections)
            {
                return [.. connections];
            }
        }
    }

    /// <summary>Connections accepted and not yet taken by <see cref="ExpectConnectionAsync"/>.</summary>
    public int WaitingConnections => arrivals.Reader.Count;

    internal TimeSpan Now => clock.GetUtcNow() - startedAt;

    public static async Task<ScriptedGateway> StartAsync(TimeProvider clock)
    {
        var gateway = new ScriptedGateway(clock);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(gateway.AcceptAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        gateway.Address = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/");
        gateway.app = app;
        return gateway;
    }

    /// <summary>Waits for the client's next connection.</summary>
    public async Task<ScriptedGatewayConnection> ExpectConnectionAsync(string step = "expect a connection")
    {
        try
        {
            return await arrivals.Reader.ReadAsync().AsTask().WaitAsync(StepCeiling);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Step '{step}' timed out after {StepCeiling}; the client sent instead: {Describe(Received.TakeLast(10))}");
        }
    }

    internal void Record(ReceivedGatewayFrame frame)
    {
        lock (received)
        {
            received.Add(frame);
        }
    }

    internal static string Describe(IEnumerable<ReceivedGatewayFrame> frames)
    {
        var lines = frames.Select(frame => frame.ToString()).ToList();
        return lines.Count == 0 ? "nothing" : string.Join("; ", lines);
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        ScriptedGatewayConnection connection;
        lock (connections)
        {
            connection = new ScriptedGatewayConnection(this, connections.Count + 1, context, socket) { AcknowledgeHeartbeats = AcknowledgeHeartbeats, AnswerCloses = AnswerCloses };
            connections.Add(connection);
        }
        arrivals.Writer.TryWrite(connection);
        await connection.ServeAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null)
        {
            return;
        }
        foreach (var connection in Connections)
        {
            connection.Drop();
        }
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var connection in Connections)
        {
            connection.Dispose();
        }
    }
}
