using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Delivery;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CareBot.Storage.Contract.Tests.Support.RecordingPlatform;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>
/// Three instances deliver one outbox on one PostgreSQL database, each with its own store, engine and delivery service,
/// to one platform that records what arrives: nothing doubled, each chat in order, the bot's limit kept as a whole, and
/// an instance killed mid-way leaves its chats to the others once its claims lapse.
/// </summary>
public sealed class DeliveryClusterTests : IDisposable
{
    private const int Groups = 30;
    private const int People = 30;
    private const int PerGroup = 8;
    private const int PerPerson = 4;
    private const int Total = (Groups * PerGroup) + (People * PerPerson);

    // The bot may make 25 requests a second as a whole; each instance alone would allow itself as many.
    private static readonly RateWindow BotWide = new(25, TimeSpan.FromSeconds(1));
    private static readonly DeliveryLimits Limits = new(RateWindow.OnePer(TimeSpan.FromMilliseconds(20)), RateWindow.None, BotWide);
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(2);

    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly RecordingPlatform _platform = new();
    private readonly List<Instance> _instances = [];

    [PostgreSqlFact]
    public async Task Three_instances_deliver_every_message_once_in_order_within_the_bot_wide_limit_and_finish_a_killed_ones_work()
    {
        WriteOutbox();
        foreach (var name in new[] { "north", "south", "east" })
        {
            _instances.Add(await Instance.StartAsync(name, _database.ConnectionString, _platform));
        }

        await _platform.WaitUntil(arrived => arrived.Count >= Total / 4 && arrived.Any(a => a.Instance == "north"), Ceiling);
        var killed = _instances[0];
        await killed.KillAsync(_platform);
        var byKilled = _platform.Arrivals.Count(a => a.Instance == killed.Name);

        await _platform.WaitUntil(arrived => arrived.Select(a => a.Text).Distinct().Count() >= Total, Ceiling);
        await _platform.WaitUntil(arrived => arrived.Count > Total, TimeSpan.FromSeconds(2));
        var arrivals = _platform.Arrivals;

        Assert.Equal(Total, arrivals.Select(a => a.Text).Distinct().Count());

        // The one repeat a kill can cause: a message that reached the platform from the killed instance just before it
        // died, before it could record the send, is sent again by the instance that takes the chat over. The platforms
        // have no way to recognise a repeat, so delivery is at least once there; anything else repeated is a double.
        var repeats = arrivals.GroupBy(a => a.Text).Where(copies => copies.Count() > 1).ToList();
        Assert.All(repeats, copies =>
        {
            Assert.Equal(2, copies.Count());
            Assert.Equal(killed.Name, copies.First().Instance);
        });
        Assert.All(repeats.GroupBy(copies => copies.First().ChatId), chat => Assert.Single(chat));
        foreach (var chat in arrivals.GroupBy(a => a.ChatId))
        {
            var sent = chat.Select(a => int.Parse(a.Text.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var numbers = sent.Where((number, at) => at == 0 || number != sent[at - 1]).ToList();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }

        Assert.Equal(byKilled, arrivals.Count(a => a.Instance == killed.Name));
        Assert.All(_instances.Skip(1), survivor => Assert.Contains(arrivals, a => a.Instance == survivor.Name));
        var busiest = arrivals.Select(a => arrivals.Count(b => b.At >= a.At && b.At < a.At + BotWide.Window)).Max();
        Assert.True(busiest <= BotWide.Permits, $"{busiest} requests arrived within one {BotWide.Window.TotalSeconds} s window; the bot may make {BotWide.Permits}");
        Assert.Empty(_instances[1].Store.Read(session => session.Outbox.Due(Id, DateTimeOffset.UtcNow.AddDays(1), 10)));
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.StopAsync().GetAwaiter().GetResult();
        }

        _database.Dispose();
    }

    private void WriteOutbox()
    {
        using var store = PostgreSqlCareStore.Open(_database.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        var destinations = Enumerable.Range(1, Groups).Select(i => (Destination.Group(new SpaceRef(Id, $"group{i}")), PerGroup))
            .Concat(Enumerable.Range(1, People).Select(i => (Destination.Direct(new UserRef(Id, $"person{i}")), PerPerson)))
            .ToList();
        store.Write(session =>
        {
            // Written round the chats, as a busy community would: every chat's messages are spread through the outbox.
            for (var n = 1; n <= PerGroup; n++)
            {
                foreach (var (destination, count) in destinations.Where(d => n <= d.Item2))
                {
                    session.Outbox.Enqueue(new OutboxMessage(destination, OutgoingMessage.Text($"{destination.ChatId}#{n}"), communityId: 1, [], now, now));
                }
            }

            return true;
        });
    }

    /// <summary>One CareBot instance: its own store on the shared database, its own engine, its own delivery service.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly OutboxDeliveryService<IDeliveryPlatform> _service;
        private readonly CareEngine _engine;
        private bool _stopped;

        private Instance(string name, PostgreSqlCareStore store, IDeliveryPlatform platform)
        {
            Name = name;
            Store = store;
            _engine = new CareEngine(store, TimeProvider.System, []);
            var options = new DeliveryOptions { InstanceId = name, ClaimSeconds = 10 };
            options.StoreIsShared(true);
            _service = new OutboxDeliveryService<IDeliveryPlatform>(
                _engine, platform, TimeProvider.System, Options.Create(options), NullLogger<OutboxDeliveryService<IDeliveryPlatform>>.Instance);
        }

        public string Name { get; }

        public PostgreSqlCareStore Store { get; }

        public static async Task<Instance> StartAsync(string name, string connectionString, RecordingPlatform platform)
        {
            var instance = new Instance(name, PostgreSqlCareStore.Open(connectionString), platform.For(name, Limits));
            await instance._service.StartAsync(CancellationToken.None);
            return instance;
        }

        /// <summary>As SIGKILL would: nothing it sends arrives any more, its database connections go, and it lets go of nothing.</summary>
        public async Task KillAsync(RecordingPlatform platform)
        {
            platform.Cut(Name);
            Store.Dispose();
            await StopAsync();
        }

        public ValueTask DisposeAsync() => new(StopAsync());

        public async Task StopAsync()
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            await _service.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            _service.Dispose();
            _engine.Dispose();
            Store.Dispose();
        }
    }
}
