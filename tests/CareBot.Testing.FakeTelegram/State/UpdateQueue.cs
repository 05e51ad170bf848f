using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Updates not yet confirmed by the bot, with getUpdates' rules: an offset confirms (and drops) everything before
/// it, a negative offset keeps only the last few, allowed_updates filters new updates and persists between calls,
/// and only one poll may be in flight. Not thread-safe: callers hold the state lock.
/// </summary>
internal sealed class UpdateQueue
{
    /// <summary>Without allowed_updates, Telegram sends everything except these.</summary>
    private static readonly HashSet<string> ExcludedByDefault = new(StringComparer.Ordinal)
    {
        "chat_member", "message_reaction", "message_reaction_count",
    };

    private readonly List<QueuedUpdate> _pending = [];
    private HashSet<string>? _allowed;
    private long _lastUpdateId = 100_000;
    private PollSession? _activePoll;

    public int Count => _pending.Count;

    public bool IsPolling => _activePoll is not null;

    /// <summary>Queues an update unless the bot's allowed_updates excludes its type (then it never exists, as on the server).</summary>
    public bool Enqueue(string type, JsonObject payload)
    {
        var allowed = _allowed is null ? !ExcludedByDefault.Contains(type) : _allowed.Contains(type);
        if (!allowed)
        {
            return false;
        }

        _pending.Add(new QueuedUpdate(++_lastUpdateId, type, payload));
        return true;
    }

    public void Confirm(long offset)
    {
        if (offset < 0)
        {
            var keep = (int)Math.Min(-offset, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
            return;
        }

        _pending.RemoveAll(update => update.UpdateId < offset);
    }

    /// <summary>Every update not yet confirmed, oldest first (what a webhook still has to push).</summary>
    public IReadOnlyList<QueuedUpdate> Pending => _pending;

    /// <summary>A pushed update the bot answered 200: confirmed on its own, whatever came before it.</summary>
    public void Remove(long updateId) => _pending.RemoveAll(update => update.UpdateId == updateId);

    public IReadOnlyList<QueuedUpdate> Peek(int limit) => [.. _pending.Take(limit)];

    /// <summary>An empty list restores the default set, as the docs say.</summary>
    public void SetAllowed(IReadOnlyCollection<string> types) =>
        _allowed = types.Count == 0 ? null : new HashSet<string>(types, StringComparer.Ordinal);

    public void Clear() => _pending.Clear();

    public PollSession BeginPoll()
    {
        _activePoll?.Terminate();
        _activePoll = new PollSession();
        return _activePoll;
    }

    public void EndPoll(PollSession session)
    {
        if (ReferenceEquals(_activePoll, session))
        {
            _activePoll = null;
        }
    }
}
