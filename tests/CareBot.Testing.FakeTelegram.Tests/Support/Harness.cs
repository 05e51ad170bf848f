using Telegram.Bot;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// A running fake with the real Telegram.Bot client and a raw HTTP client pointed at it. The Telegram.Bot client
/// is built with retries off, so a 429 surfaces as an exception instead of a silent sleep and retry.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private Harness(FakeTelegramServer server)
    {
        Server = server;
        Raw = new RawBotApi(server);
        Client = new TelegramBotClient(new TelegramBotClientOptions(server.Token, server.BaseUrl.ToString()) { RetryThreshold = 0 });
    }

    public FakeTelegramServer Server { get; }

    public TelegramBotClient Client { get; }

    public RawBotApi Raw { get; }

    public static async Task<Harness> StartAsync(FakeTelegramOptions? options = null) =>
        new(await FakeTelegramServer.StartAsync(options, TestTimeout.Token));

    /// <summary>A group with the bot already in it and the updates of its arrival confirmed, for tests about other things.</summary>
    public async Task<(FakeChat Group, FakeUser Owner)> GroupWithBotAsync(FakeChatType type = FakeChatType.Supergroup)
    {
        var owner = Server.CreateUser("Olga", "olga");
        var group = Server.CreateGroup("Neighbours", owner, type);
        Server.AddBotToGroup(group, owner);
        await DrainUpdatesAsync();
        return (group, owner);
    }

    /// <summary>A user who has started the bot, with that /start update confirmed.</summary>
    public async Task<FakeUser> StartedUserAsync(string name = "Ada")
    {
        var user = Server.CreateUser(name, name.ToLowerInvariant());
        Server.UserStartsBot(user);
        await DrainUpdatesAsync();
        return user;
    }

    /// <summary>Reads and confirms everything queued, as a bot's first polls would.</summary>
    public async Task DrainUpdatesAsync()
    {
        var updates = await Client.GetUpdates(cancellationToken: TestTimeout.Token);
        if (updates.Length > 0)
        {
            await Client.GetUpdates(offset: updates[^1].Id + 1, timeout: 0, cancellationToken: TestTimeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await Server.DisposeAsync();
    }
}
