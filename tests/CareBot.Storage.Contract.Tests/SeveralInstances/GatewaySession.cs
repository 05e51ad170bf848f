using CareBot.Testing.FakeDiscord.Gateway;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>A session one host identified on the fake gateway: when (real time), and the connection it lives on.</summary>
internal sealed class GatewaySession(ScriptedGatewayConnection connection, DateTimeOffset identifiedAt)
{
    private int _sequence = 1;

    public ScriptedGatewayConnection Connection => connection;

    public DateTimeOffset IdentifiedAt => identifiedAt;

    /// <summary>When the fake saw the connection end (real time); null while it is open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>READY and the server sent: from here on it is dispatched to.</summary>
    public bool Ready { get; set; }

    public bool Live => Ready && EndedAt is null && !connection.Ended.IsCompleted;

    public int NextSequence() => Interlocked.Increment(ref _sequence);
}
