namespace CareBot.Testing.FakeTelegram.State;

/// <summary>Faults queued per method, consumed one per call. Thread-safe.</summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> _faults = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, int count, FakeFault fault)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeFault? TakeNext(string method)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }
}
