namespace CareBot.Delivery.Tests.Support;

/// <summary>
/// What the pipeline asked of the <see cref="ScriptedPlatform"/>, call by call, and a way to wait for what a test
/// expects it to ask next.
/// </summary>
internal sealed class CallLog
{
    private readonly Lock _lock = new();
    private readonly List<PlatformCall> _calls = [];
    private readonly Dictionary<string, int> _underWay = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _mostAtOnceInOneDestination;

    /// <summary>Every call so far, in the order they started.</summary>
    public IReadOnlyList<PlatformCall> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The calls that made a request to the platform, in the order they were let through.</summary>
    public IReadOnlyList<PlatformCall> Requests => [.. All.Where(call => call.MadeARequest).OrderBy(call => call.RequestedAt)];

    /// <summary>The most calls ever under way at once for one destination.</summary>
    public int MostAtOnceInOneDestination
    {
        get
        {
            lock (_lock)
            {
                return _mostAtOnceInOneDestination;
            }
        }
    }

    /// <summary>Completes at the next change: a call started, made its request or ended, or the platform was told something.</summary>
    public Task NextChange
    {
        get
        {
            lock (_lock)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Records a call starting; returns its place, for <see cref="Update"/>.</summary>
    public int Begin(PlatformCall call)
    {
        int index;
        lock (_lock)
        {
            _calls.Add(call);
            index = _calls.Count - 1;
            var underWay = _underWay[call.Destination] = _underWay.GetValueOrDefault(call.Destination) + 1;
            _mostAtOnceInOneDestination = Math.Max(_mostAtOnceInOneDestination, underWay);
        }

        Changed();
        return index;
    }

    public void Update(int index, Func<PlatformCall, PlatformCall> change)
    {
        lock (_lock)
        {
            _calls[index] = change(_calls[index]);
        }

        Changed();
    }

    public void End(string destination)
    {
        lock (_lock)
        {
            _underWay[destination]--;
        }

        Changed();
    }

    public void Changed()
    {
        TaskCompletionSource previous;
        lock (_lock)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    /// <summary>Waits (at most <see cref="Waits.Ceiling"/>) until the calls so far satisfy <paramref name="condition"/>.</summary>
    public async Task WaitFor(Func<IReadOnlyList<PlatformCall>, bool> condition, string what)
    {
        using var ceiling = new CancellationTokenSource(Waits.Ceiling);
        while (true)
        {
            // Taken before looking, so a change between the look and the wait still ends the wait.
            var changed = NextChange;
            if (condition(All))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(ceiling.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", All.Select(call => $"{call.Tag}→{call.Destination}{(call.MadeARequest ? "" : " (no request)")}"));
                throw new TimeoutException($"Waited {Waits.Ceiling.TotalSeconds} s for {what}; calls so far: {seen}");
            }
        }
    }

    /// <summary>Waits until the message tagged <paramref name="tag"/> has been requested <paramref name="times"/> times.</summary>
    public Task WaitForRequests(string tag, int times = 1) =>
        WaitFor(calls => calls.Count(call => call.Tag == tag && call.MadeARequest) >= times, $"{times} request(s) for {tag}");

    /// <summary>Waits until the message tagged <paramref name="tag"/> has had an answer from the platform.</summary>
    public Task WaitForAnswer(string tag) =>
        WaitFor(calls => calls.Any(call => call.Tag == tag && call.Answer is not null), $"an answer to {tag}");
}
