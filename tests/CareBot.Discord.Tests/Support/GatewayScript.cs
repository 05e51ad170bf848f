using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>
/// Discord's side of the host's gateway session, played on the <see cref="ScriptedGateway"/>: every dispatch is numbered
/// and kept, as Discord does, so that after a disruption a resumed session gets what it missed, in order, before
/// RESUMED; a new session gets READY. While the host is away, dispatches wait (numbered) for its return.
/// </summary>
internal sealed class GatewayScript(ScriptedGateway gateway, FakeDiscordRestServer rest, TimeSpan heartbeatInterval) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly List<SentDispatch> _sent = [];
    private ScriptedGatewayConnection? _connection;
    private string _sessionId = "";
    private int _sequence;
    private bool _live;

    /// <summary>The connection the session lives on now.</summary>
    public ScriptedGatewayConnection Connection => _connection ?? throw new InvalidOperationException("The host has not connected yet.");

    /// <summary>Takes the host's next connection through Hello, Identify and READY: a new session, numbered from 1.</summary>
    public async Task IdentifyAsync()
    {
        var connection = await gateway.ExpectConnectionAsync("expect the host to connect and identify");
        await connection.SendHelloAsync(heartbeatInterval);
        await connection.ExpectIdentifyAsync();
        await _sending.WaitAsync();
        try
        {
            _connection = connection;
            _sessionId = "session-" + Guid.NewGuid().ToString("N");
            _sequence = 0;
            _sent.Clear();
            _live = true;
        }
        finally
        {
            _sending.Release();
        }

        await DispatchAsync("READY", () => new JsonObject
        {
            ["v"] = 10,
            ["session_id"] = _sessionId,
            ["resume_gateway_url"] = gateway.ResumeUrl.ToString(),
            ["user"] = new JsonObject { ["id"] = rest.Bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["username"] = rest.Bot.Username, ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["application"] = new JsonObject { ["id"] = rest.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["flags"] = 0 },
        });
    }

    /// <summary>Numbers a dispatch and sends it, or keeps it for the host's return while it is away. <paramref name="data"/> is made when it goes out.</summary>
    public async Task DispatchAsync(string name, Func<JsonObject> data)
    {
        await _sending.WaitAsync();
        try
        {
            var dispatch = new SentDispatch(++_sequence, name, () => data().ToJsonString());
            _sent.Add(dispatch);
            if (_live)
            {
                await SendAsync(Connection, dispatch);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Disrupts the live connection and waits for it to end; returns the client's close code (null when it dropped).</summary>
    public async Task<int?> DisruptAsync(GatewayDisruption disruption)
    {
        var connection = Connection;
        await _sending.WaitAsync();
        try
        {
            // From here on, what Discord dispatches waits for the host to come back.
            _live = false;
        }
        finally
        {
            _sending.Release();
        }

        switch (disruption)
        {
            case GatewayDisruption.ReconnectRequest:
                await connection.SendReconnectAsync();
                break;
            case GatewayDisruption.ResumableInvalidSession:
                await connection.SendInvalidSessionAsync(resumable: true);
                break;
            case GatewayDisruption.InvalidSession:
                await connection.SendInvalidSessionAsync(resumable: false);
                break;
            case GatewayDisruption.Zombie:
                connection.AcknowledgeHeartbeats = false;
                break;
            case GatewayDisruption.Dropped:
                connection.Drop();
                break;
            case GatewayDisruption.ClosedWithUnknownError:
                await connection.CloseAsync(4000);
                break;
        }

        return await connection.ExpectEndedAsync($"expect the connection to end after {disruption}");
    }

    /// <summary>
    /// Takes the host's next connection through Hello and Resume, checks it resumes this session, replays what came after
    /// the sequence it gave (and, to prove a repeat is not handled twice, <paramref name="alreadyHandled"/> dispatches it
    /// had), then RESUMED.
    /// </summary>
    public async Task<ReceivedGatewayFrame> ResumeAsync(int alreadyHandled = 0)
    {
        var connection = await gateway.ExpectConnectionAsync("expect the host to reconnect and resume");
        await connection.SendHelloAsync(heartbeatInterval);
        var resume = await connection.ExpectResumeAsync();
        Assert.Equal(_sessionId, resume.Data.GetProperty("session_id").GetString());
        var seq = resume.Data.GetProperty("seq") is { ValueKind: JsonValueKind.Number } number ? number.GetInt32() : 0;
        await _sending.WaitAsync();
        try
        {
            _connection = connection;
            foreach (var dispatch in _sent.Where(sent => sent.Sequence > seq - alreadyHandled).ToList())
            {
                await SendAsync(connection, dispatch);
            }

            await connection.SendResumedAsync(++_sequence);
            _live = true;
        }
        finally
        {
            _sending.Release();
        }

        return resume;
    }

    public void Dispose() => _sending.Dispose();

    private static Task SendAsync(ScriptedGatewayConnection connection, SentDispatch dispatch) =>
        connection.SendDispatchAsync(dispatch.Sequence, dispatch.Name, dispatch.Json);
}
