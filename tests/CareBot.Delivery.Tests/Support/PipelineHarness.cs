using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareBot.Delivery.Tests.Support;

/// <summary>
/// The real delivery pipeline (<see cref="OutboxDeliveryService{TPlatform}"/>) on the real engine and a LiteDB file,
/// delivering to a <see cref="ScriptedPlatform"/>. Messages are written the way the engine writes them: people type a
/// command it doesn't know (the tag), and its answer goes to the outbox, caused by them, with the engine's wake-up signal.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    /// <summary>A whole millisecond, because LiteDB stores dates to the millisecond.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    public static readonly DeliveryLimits Unlimited = new(RateWindow.None, RateWindow.None, RateWindow.None);

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    private readonly TempDatabase _file = new();
    private OutboxDeliveryService<ScriptedPlatform>? _service;

    private PipelineHarness(TimeProvider clock, DeliveryLimits limits)
    {
        Clock = clock;
        Platform = new ScriptedPlatform(clock, limits);
        BotWide = NewBotWide();
        (Store, Engine) = Open();
    }

    /// <summary>
    /// The platform's bot-wide limit, which the pipeline shares with the platform's own requests outside the outbox; a
    /// new one after a restart, as a new process has.
    /// </summary>
    public BotWideLimit<ScriptedPlatform> BotWide { get; private set; }

    public TimeProvider Clock { get; }

    public ScriptedPlatform Platform { get; }

    /// <summary>What the pipeline asked of the platform.</summary>
    public CallLog Calls => Platform.Log;

    public LiteDbCareStore Store { get; private set; }

    public CareEngine Engine { get; private set; }

    /// <summary>Time that passes on its own: for tests where only order and progress matter.</summary>
    public static PipelineHarness RealTime(DeliveryLimits? limits = null) => new(TimeProvider.System, limits ?? Unlimited);

    /// <summary>Time that moves only when the test moves it (<see cref="FakeClock"/>); the engine reads it too.</summary>
    public static PipelineHarness OnFakeClock(DeliveryLimits? limits = null) => new(new WatchedClock(Start), limits ?? Unlimited);

    public WatchedClock FakeClock => Clock as WatchedClock ?? throw new InvalidOperationException("This harness runs on real time.");

    public DateTimeOffset Now => Clock.GetUtcNow();

    public Task StartAsync()
    {
        _service = new OutboxDeliveryService<ScriptedPlatform>(
            Engine, Platform, Clock, Options.Create(new DeliveryOptions()), NullLogger<OutboxDeliveryService<ScriptedPlatform>>.Instance, BotWide);
        return _service.StartAsync(CancellationToken.None);
    }

    /// <summary>Stops delivery as the host does at shutdown: it returns once the pipeline finished what it was doing.</summary>
    public async Task StopAsync()
    {
        if (_service is not { } service)
        {
            return;
        }

        _service = null;
        await service.StopAsync(CancellationToken.None).WaitAsync(Waits.Ceiling);
        service.Dispose();
    }

    /// <summary>Stops, then starts again as a new process would: the engine and the store opened afresh from the file.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Engine.Dispose();
        Store.Dispose();
        BotWide.Dispose();
        BotWide = NewBotWide();
        (Store, Engine) = Open();
        await StartAsync();
    }

    /// <summary><paramref name="person"/> types /<paramref name="tag"/> in <paramref name="group"/>: the answer, tagged, goes to the group.</summary>
    public Task Post(string group, string person, string tag) =>
        Type(new Inbound(UserOf(person), Conversation.Group(ScriptedPlatform.Id, group, group), "/" + tag));

    /// <summary><paramref name="person"/> types /<paramref name="tag"/> in their private chat: the answer, tagged, goes to them.</summary>
    public Task Tell(string person, string tag) =>
        Type(new Inbound(UserOf(person), Conversation.Direct(ScriptedPlatform.Id, person), "/" + tag));

    /// <summary>The outbox message as stored now; null once it is erased (delivered).</summary>
    public OutboxMessage? Stored(int messageId) => Store.Read(session => session.Outbox.Get(messageId));

    /// <summary>The messages pending for the platform, due now or later, in outbox order.</summary>
    public IReadOnlyList<OutboxMessage> Pending() => Store.Read(session => session.Outbox.Due(ScriptedPlatform.Id, Now.AddYears(1), 10_000));

    /// <summary>The private messages held until <paramref name="person"/> can be reached.</summary>
    public IReadOnlyList<OutboxMessage> HeldFor(string person) => Store.Read(session => session.Outbox.HeldFor(new UserRef(ScriptedPlatform.Id, person)));

    /// <summary>Moves the fake clock on by <paramref name="by"/>, <paramref name="step"/> at a time (see <see cref="AdvanceUntil"/>).</summary>
    public Task Advance(TimeSpan by, TimeSpan step)
    {
        var end = Now + by;
        return AdvanceUntil(() => Now >= end, step, by);
    }

    /// <summary>
    /// Moves the fake clock on, <paramref name="step"/> at a time, until <paramref name="done"/> or <paramref name="limit"/>
    /// has passed on it. After each step the pipeline gets to do whatever became due before the clock moves again.
    /// </summary>
    public async Task AdvanceUntil(Func<bool> done, TimeSpan step, TimeSpan limit)
    {
        var end = Now + limit;
        using var ceiling = new CancellationTokenSource(Waits.Ceiling * 2);
        while (!done() && Now < end)
        {
            FakeClock.Advance(end - Now < step ? end - Now : step);
            await SettleAsync(ceiling.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Platform.ReleaseAll();
        await StopAsync();
        Engine.Dispose();
        Store.Dispose();
        BotWide.Dispose();
        _file.Dispose();
    }

    private BotWideLimit<ScriptedPlatform> NewBotWide() =>
        new(() => Platform.Limits.PerBot, Clock, Options.Create(new DeliveryOptions()));

    private static PlatformUser UserOf(string person) => new(new UserRef(ScriptedPlatform.Id, person), person);

    /// <summary>Runs the command; anything but the answer the test expects (a command refused as one too many) stops the test here.</summary>
    private async Task Type(Inbound inbound)
    {
        var result = await Engine.HandleAsync(inbound, CancellationToken.None);
        if (result.Problem is { } problem && !problem.Message.Contains(inbound.Text + ".", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{inbound.Text} was answered \"{problem.Message}\", not as an unknown command.");
        }
    }

    /// <summary>
    /// What a step of the clock made due runs on other threads and ends in another wait on the clock or a call to the
    /// platform; once a short while passes with neither, the pipeline has done what it could. How short only decides how
    /// late (on the fake clock) a slow machine lets things happen, never whether a limit holds.
    /// </summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var progress = Task.WhenAny(Calls.NextChange, FakeClock.NextTimer);
            if (await Task.WhenAny(progress, Task.Delay(Quiet, cancellationToken)) != progress)
            {
                return;
            }
        }
    }

    private (LiteDbCareStore, CareEngine) Open()
    {
        var store = LiteDbCareStore.Open(_file.Path);
        return (store, new CareEngine(store, Clock, []));
    }
}
