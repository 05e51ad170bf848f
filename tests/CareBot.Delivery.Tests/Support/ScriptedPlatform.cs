using System.Text.RegularExpressions;
using CareBot.Core.Outbox;
using CareBot.Delivery;

namespace CareBot.Delivery.Tests.Support;

/// <summary>
/// A chat platform the test scripts. Each message takes one request, made only once
/// <see cref="DeliveryTurn.BeforeCallAsync"/> allows it; it is answered <see cref="DeliveryVerdict.Sent"/> unless the
/// test chose otherwise for its tag (<see cref="Answer"/>), and can be kept waiting for its answer (<see cref="Stall"/>)
/// as a slow platform would. Every call goes into the <see cref="Log"/>.
/// </summary>
internal sealed partial class ScriptedPlatform(TimeProvider clock, DeliveryLimits limits) : IDeliveryPlatform
{
    public const string Id = "scripted";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DeliveryVerdict>> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _stalls = new(StringComparer.Ordinal);
    private readonly List<string> _rejections = [];
    private readonly TaskCompletionSource _shutdownSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => Id;

    public DeliveryLimits Limits => limits;

    public CallLog Log { get; } = new();

    /// <summary>Each time the pipeline said the credentials were rejected, why.</summary>
    public IReadOnlyList<string> Rejections
    {
        get
        {
            lock (_lock)
            {
                return [.. _rejections];
            }
        }
    }

    /// <summary>Completes once a request still waiting for its answer saw the pipeline's stopping token cancelled.</summary>
    public Task ShutdownSeen => _shutdownSeen.Task;

    /// <summary>How the message tagged <paramref name="tag"/> is answered, one verdict per attempt; after those, it is sent.</summary>
    public void Answer(string tag, params DeliveryVerdict[] verdicts)
    {
        lock (_lock)
        {
            _answers[tag] = new Queue<DeliveryVerdict>(verdicts);
        }
    }

    /// <summary>The request for <paramref name="tag"/> gets no answer until <see cref="Release"/>.</summary>
    public void Stall(string tag)
    {
        lock (_lock)
        {
            _stalls[tag] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release(string tag)
    {
        lock (_lock)
        {
            _stalls.GetValueOrDefault(tag)?.TrySetResult();
        }
    }

    public void ReleaseAll()
    {
        lock (_lock)
        {
            foreach (var stall in _stalls.Values)
            {
                stall.TrySetResult();
            }
        }
    }

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<DeliveryVerdict> SendAsync(OutboxMessage message, DeliveryTurn turn, CancellationToken stoppingToken)
    {
        var tag = TagOf(message);
        var index = Log.Begin(new PlatformCall(message.Id, tag, message.Destination.ChatId, message.CausedBy, clock.GetUtcNow()));
        try
        {
            DeliveryVerdict verdict;
            using (await turn.BeforeCallAsync(stoppingToken))
            {
                Log.Update(index, call => call with { RequestedAt = clock.GetUtcNow() });

                // The request is made: as the pipeline asks, a shutdown no longer stops it, and its answer is awaited.
                using var watch = stoppingToken.Register(() => _shutdownSeen.TrySetResult());
                await StallFor(tag).WaitAsync(Waits.Ceiling * 2, CancellationToken.None);
                verdict = NextAnswer(tag);
            }

            Log.Update(index, call => call with { Answer = verdict.Kind });
            return verdict;
        }
        finally
        {
            Log.End(message.Destination.ChatId);
        }
    }

    public void CredentialsRejected(string reason)
    {
        lock (_lock)
        {
            _rejections.Add(reason);
        }

        Log.Changed();
    }

    /// <summary>
    /// The test's tag: the unknown command the engine answered ("I don't know /a1 …" is tagged a1); anything else the
    /// engine wrote (a reply, an invitation) is tagged by where it goes ("@hall").
    /// </summary>
    public static string TagOf(OutboxMessage message) =>
        TagPattern().Match(message.Content.PlainText) is { Success: true } match ? match.Groups[1].Value : "@" + message.Destination.ChatId;

    [GeneratedRegex(@"I don't know /(\w+)")]
    private static partial Regex TagPattern();

    private Task StallFor(string tag)
    {
        lock (_lock)
        {
            return _stalls.GetValueOrDefault(tag)?.Task ?? Task.CompletedTask;
        }
    }

    private DeliveryVerdict NextAnswer(string tag)
    {
        lock (_lock)
        {
            return _answers.GetValueOrDefault(tag) is { Count: > 0 } answers ? answers.Dequeue() : DeliveryVerdict.Sent;
        }
    }
}
