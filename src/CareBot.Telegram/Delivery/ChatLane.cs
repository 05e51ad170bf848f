using CareBot.Core.Outbox;
using CareBot.Telegram.RateLimits;

namespace CareBot.Telegram.Delivery;

/// <summary>
/// The messages waiting for one chat, sent one at a time in outbox order, with that chat's pacing. After a failure
/// worth retrying the lane is blocked until the retry, so a later message never overtakes an earlier one.
/// Guarded by the dispatcher's lock.
/// </summary>
internal sealed class ChatLane(string chatId, ChatPacer pacer)
{
    private readonly Queue<OutboxMessage> _waiting = new();
    private readonly HashSet<int> _ids = [];

    public string ChatId { get; } = chatId;

    public ChatPacer Pacer { get; } = pacer;

    public Task? Running { get; set; }

    public DateTimeOffset BlockedUntil { get; private set; } = DateTimeOffset.MinValue;

    public bool HasWork => _waiting.Count > 0;

    public bool Holds(int messageId) => _ids.Contains(messageId);

    public bool IsBlocked(DateTimeOffset now) => BlockedUntil > now;

    public void Add(OutboxMessage message)
    {
        if (_ids.Add(message.Id))
        {
            _waiting.Enqueue(message);
        }
    }

    public OutboxMessage? Peek() => _waiting.TryPeek(out var next) ? next : null;

    public void Finish(int messageId)
    {
        if (_waiting.TryPeek(out var head) && head.Id == messageId)
        {
            _waiting.Dequeue();
        }

        _ids.Remove(messageId);
    }

    /// <summary>Stops the lane until <paramref name="until"/>; what waited stays pending in the outbox and is read again then.</summary>
    public void Block(DateTimeOffset until)
    {
        BlockedUntil = until;
        _waiting.Clear();
        _ids.Clear();
    }

    public bool IsIdle(DateTimeOffset now) => Running is null && !HasWork && !IsBlocked(now) && Pacer.IsIdle(now);
}
