namespace CareBot.Testing.FakeTelegram.RateLimits;

/// <summary>
/// The three sending limits together. A message is admitted only if every limit that applies to its chat has room,
/// and only an admitted message is counted, as a rejected one never reached anyone.
/// </summary>
internal sealed class SendRateLimiter(FakeRateLimitOptions options)
{
    private readonly Dictionary<long, TokenBucket> _perChat = [];
    private readonly Dictionary<long, SlidingWindowCounter> _perGroup = [];
    private readonly SlidingWindowCounter _global = new(options.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));
    private readonly List<RateLimitRefusal> _refusals = [];

    /// <summary>Every send refused so far, with the limit it would have passed. Read under the state lock.</summary>
    public IReadOnlyList<RateLimitRefusal> Refusals => [.. _refusals];

    /// <summary>Null when the message may go (and it is counted); otherwise the retry_after to answer, in whole seconds.</summary>
    public int? TryAdmit(FakeChat chat, DateTimeOffset now)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var bucket = PerChat(chat.Id, now);
        var group = chat.IsGroup ? PerGroup(chat.Id) : null;
        var perChat = bucket.WaitNeeded(now);
        var perGroup = group?.WaitNeeded(now) ?? TimeSpan.Zero;
        var global = _global.WaitNeeded(now);
        var wait = Max(perChat, perGroup, global);
        if (wait > TimeSpan.Zero)
        {
            var limit = string.Join(" and ", new[] { (perChat, "per chat"), (perGroup, "per group"), (global, "global") }.Where(w => w.Item1 > TimeSpan.Zero).Select(w => w.Item2));
            var retryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            _refusals.Add(new RateLimitRefusal(now, chat.Id, limit, retryAfter));
            return retryAfter;
        }

        bucket.Take(now);
        group?.Record(now);
        _global.Record(now);
        return null;
    }

    private TokenBucket PerChat(long chatId, DateTimeOffset now)
    {
        if (!_perChat.TryGetValue(chatId, out var bucket))
        {
            _perChat[chatId] = bucket = new TokenBucket(options.PerChatBurst, options.PerChatMessagesPerSecond, now);
        }

        return bucket;
    }

    private SlidingWindowCounter PerGroup(long chatId)
    {
        if (!_perGroup.TryGetValue(chatId, out var counter))
        {
            _perGroup[chatId] = counter = new SlidingWindowCounter(options.PerGroupMessagesPerMinute, TimeSpan.FromMinutes(1));
        }

        return counter;
    }

    private static TimeSpan Max(params TimeSpan[] waits) => waits.Max();
}
