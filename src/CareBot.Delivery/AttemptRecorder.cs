using System.Collections.Concurrent;
using CareBot.Core.Engine;
using CareBot.Core.Outbox;

namespace CareBot.Delivery;

/// <summary>
/// Records that a request for a message starts now. Alone, that is all it does, as it always did; beside other
/// instances (<see cref="DeliveryOptions"/>), the same transaction checks this instance's claim and the bot's sends
/// counted across instances, and waits while those fill the window.
/// </summary>
internal sealed class AttemptRecorder : IDisposable
{
    private readonly CareEngine _engine;
    private readonly TimeProvider _time;

    // With the bot's sends counted across instances, one lane at a time here asks for room and waits for it: lanes
    // that all woke when the window moved would only crowd the store to be turned away.
    private readonly SemaphoreSlim _sharedTurn = new(1, 1);

    // Answers heard since the last attempt was recorded, written with the next one: until then each of those sends
    // counts, for the others, as made now, which is never too early.
    private readonly ConcurrentQueue<SendAnswer> _answers = new();

    public AttemptRecorder(CareEngine engine, TimeProvider time, DeliveryOptions options, DeliveryLimits limits)
    {
        _engine = engine;
        _time = time;
        var counts = options.CountsShared;
        Rules = new AttemptRules(
            options.Claims ? options.InstanceId : null,
            options.ClaimFor,
            counts && limits.PerBot.IsLimited ? new SendBudget(limits.PerBot.Permits, limits.PerBot.Window) : null,
            counts && limits.PerGroup.IsLimited ? new SendBudget(limits.PerGroup.Permits, limits.PerGroup.Window) : null);
    }

    /// <summary>What each attempt checks in its transaction: nothing when this instance is alone (<see cref="AttemptRules.IsAlone"/>).</summary>
    public AttemptRules Rules { get; }

    /// <summary>This instance's name in its claims; null when it delivers alone and claims nothing.</summary>
    public string? Claimant => Rules.Claimant;

    public async Task<AttemptStart> BeginAsync(int id, CancellationToken cancellationToken)
    {
        if (Rules.IsAlone)
        {
            await _engine.Outbox.BeginAttemptAsync(id, cancellationToken);
            return AttemptStart.Begun;
        }

        if (!Rules.CountsShared)
        {
            return await _engine.Outbox.BeginAttemptAsync(id, Rules, cancellationToken);
        }

        await _sharedTurn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var answers = TakeAnswers();
                AttemptStart start;
                try
                {
                    start = await _engine.Outbox.BeginAttemptAsync(id, Rules, answers, cancellationToken);
                }
                catch
                {
                    // Not on record: the next attempt carries them.
                    answers.ForEach(_answers.Enqueue);
                    throw;
                }

                if (start.Refusal != AttemptRefusal.OverBudget)
                {
                    return start;
                }

                await Task.Delay(start.RetryIn, _time, cancellationToken);
            }
        }
        finally
        {
            _sharedTurn.Release();
        }
    }

    /// <summary>The platform answered the request recorded as <paramref name="start"/> (accepted or refused): it counts from now.</summary>
    public void Answered(AttemptStart start)
    {
        if (Rules.CountsShared && start.SendId != 0)
        {
            _answers.Enqueue(new SendAnswer(start.SendId, _time.GetUtcNow()));
        }
    }

    private List<SendAnswer> TakeAnswers()
    {
        var answers = new List<SendAnswer>();
        while (_answers.TryDequeue(out var answer))
        {
            answers.Add(answer);
        }

        return answers;
    }

    public void Dispose() => _sharedTurn.Dispose();
}
