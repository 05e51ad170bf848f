namespace CareBot.Telegram.Webhook;

/// <summary>
/// One lane per chat: work for a chat waits for the chat's earlier work, so its updates are handled in the order they
/// came, while other chats go on in parallel. A lane is dropped when nothing uses it.
/// </summary>
internal sealed class ChatLanes
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string chat, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        Lane lane;
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(chat, out lane!))
            {
                lane = new Lane();
                _lanes.Add(chat, lane);
            }

            lane.Users++;
        }

        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
            try
            {
                return await work();
            }
            finally
            {
                lane.Turn.Release();
            }
        }
        finally
        {
            lock (_lanes)
            {
                if (--lane.Users == 0)
                {
                    _lanes.Remove(chat);
                    lane.Turn.Dispose();
                }
            }
        }
    }

    /// <summary>How many chats have work under way or waiting (for tests: lanes must not pile up).</summary>
    public int Count
    {
        get
        {
            lock (_lanes)
            {
                return _lanes.Count;
            }
        }
    }

    private sealed class Lane
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
