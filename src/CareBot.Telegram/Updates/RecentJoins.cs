using System.Collections.Concurrent;

namespace CareBot.Telegram.Updates;

/// <summary>
/// Telegram tells a bot it was added to a group twice: a my_chat_member update and a "new members" service message.
/// Whichever comes first opens the space; this remembers it for a while so the other doesn't greet the group again.
/// </summary>
internal sealed class RecentJoins(TimeProvider time)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<long, DateTimeOffset> _joined = new();

    /// <summary>True the first time within a while that the bot joined <paramref name="chatId"/>.</summary>
    public bool IsNew(long chatId)
    {
        var now = time.GetUtcNow();
        if (_joined.TryGetValue(chatId, out var at) && now - at < Remembered)
        {
            return false;
        }

        _joined[chatId] = now;
        return true;
    }

    public void Left(long chatId) => _joined.TryRemove(chatId, out _);
}
