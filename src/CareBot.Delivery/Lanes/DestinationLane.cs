using CareBot.Core.Outbox;
using CareBot.Delivery.Pacing;

namespace CareBot.Delivery.Lanes;

/// <summary>
/// The messages waiting for one destination (a chat, a channel, a person), sent one at a time with its pacing. Members take turns: the lane goes
/// round the members whose commands caused what waits (and one turn for messages nobody caused), each member's own
/// messages in outbox order, so one member's backlog never holds up another's answer or need post. After a failure
/// worth retrying the lane is blocked until the retry, so a later message never overtakes an earlier one. How many
/// messages wait here (its backlog) decides its place among destinations waiting for the bot's limit.
/// Guarded by the dispatcher's lock, except the backlog, which the bot-wide limiter reads under its own.
/// </summary>
internal sealed class DestinationLane
{
    private const int Nobody = -1;

    private readonly Dictionary<int, Queue<OutboxMessage>> _byCause = [];
    private readonly LinkedList<int> _turns = new();
    private readonly HashSet<int> _ids = [];
    private OutboxMessage? _current;

    // Read by the bot-wide limiter under its own lock, without the dispatcher's.
    private int _backlog;

    /// <param name="pacing">Makes the lane's pacer, given how to read the lane's backlog.</param>
    public DestinationLane(string destination, Func<Func<int>, DestinationPacer> pacing)
    {
        Destination = destination;
        Pacer = pacing(() => Volatile.Read(ref _backlog));
    }

    public string Destination { get; }

    public DestinationPacer Pacer { get; }

    public Task? Running { get; set; }

    public DateTimeOffset BlockedUntil { get; private set; } = DateTimeOffset.MinValue;

    public bool HasWork => _ids.Count > 0;
    public bool IsBlocked(DateTimeOffset now) => BlockedUntil > now;

    public void Add(OutboxMessage message)
    {
        if (!_ids.Add(message.Id))
        {
            return;
        }

        Volatile.Write(ref _backlog, _ids.Count);
        var cause = message.CausedBy ?? Nobody;
        if (!_byCause.TryGetValue(cause, out var queue))
        {
            _byCause[cause] = queue = new Queue<OutboxMessage>();
            _turns.AddLast(cause);
        }

        queue.Enqueue(message);
    }

    /// <summary>The message to send now: the one already chosen and not yet finished, or the next member's turn.</summary>
    public OutboxMessage? Peek()
    {
        if (_current is not null || _turns.First is not { } turn)
        {
            return _current;
        }

        // This member had their turn: they go to the back, behind everyone else who is waiting.
        _turns.RemoveFirst();
        var queue = _byCause[turn.Value];
        _current = queue.Dequeue();
        if (queue.Count > 0)
        {
            _turns.AddLast(turn);
        }
        else
        {
            _byCause.Remove(turn.Value);
        }

        return _current;
    }

    public void Finish(int messageId)
    {
        if (_current?.Id == messageId)
        {
            _current = null;
        }

        _ids.Remove(messageId);
        Volatile.Write(ref _backlog, _ids.Count);
    }

    /// <summary>Stops the lane until <paramref name="until"/>; what waited stays pending in the outbox and is read again then.</summary>
    public void Block(DateTimeOffset until)
    {
        BlockedUntil = until;
        _byCause.Clear();
        _turns.Clear();
        _ids.Clear();
        Volatile.Write(ref _backlog, 0);
        _current = null;
    }

    public bool IsIdle(DateTimeOffset now) => Running is null && !HasWork && !IsBlocked(now) && Pacer.IsIdle(now);
}
