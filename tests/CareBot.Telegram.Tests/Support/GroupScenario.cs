using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// A Telegram group with CareBot in it, through the fake and the real host: people type in the group or in private,
/// press buttons, and the test waits for what the bot sends, as a member of the group would see it.
/// </summary>
internal sealed class GroupScenario : IAsyncDisposable
{
    private readonly TempDatabase _database;

    private GroupScenario(FakeTelegramServer fake, TempDatabase database, InProcessBot bot, FakeChat group, FakeUser owner)
    {
        _database = database;
        Fake = fake;
        Bot = bot;
        Group = group;
        Owner = owner;
    }

    public FakeTelegramServer Fake { get; }

    public InProcessBot Bot { get; private set; }

    public FakeChat Group { get; }

    public FakeUser Owner { get; }

    /// <summary>A group "Riverside Care" owned by Olga (a supergroup unless said otherwise), with the bot added and its welcome delivered.</summary>
    public static async Task<GroupScenario> StartAsync(
        FakeTelegramOptions? fakeOptions = null, IReadOnlyDictionary<string, string>? settings = null, FakeChatType groupType = FakeChatType.Supergroup)
    {
        var fake = await FakeTelegramServer.StartAsync(fakeOptions ?? new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled }, TestTimeout.Token);
        var database = new TempDatabase();
        var bot = await InProcessBot.StartAsync(fake, database.Path, settings ?? BotSettings.Unlimited);
        var owner = fake.CreateUser("Olga", "olga");
        var group = fake.CreateGroup("Riverside Care", owner, groupType);
        fake.AddBotToGroup(group, owner);
        var scenario = new GroupScenario(fake, database, bot, group, owner);
        await fake.WaitForMessageAsync(group, m => m.PlainText.Contains("CareBot", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        return scenario;
    }

    /// <summary>A member of the group who has (by default) opened a private chat with the bot and got its answer.</summary>
    public async Task<FakeUser> MemberAsync(string firstName, bool startedBot = true)
    {
        var user = Fake.CreateUser(firstName, firstName.ToLowerInvariant());
        Fake.JoinGroup(Group, user);
        if (startedBot)
        {
            Fake.UserStartsBot(user);
            await Fake.WaitForMessageCountAsync(Fake.PrivateChatWith(user), 1, TestTimeout.Wait, TestTimeout.Token);
        }

        return user;
    }

    public int Say(FakeUser who, string text) => Fake.SendText(Group, who, text);

    public int Dm(FakeUser who, string text) => Fake.SendText(Fake.PrivateChatWith(who), who, text);

    public Task<SentMessage> GroupMessageAsync(Func<SentMessage, bool> predicate) =>
        Fake.WaitForMessageAsync(Group, predicate, TestTimeout.Wait, TestTimeout.Token);

    public Task<SentMessage> GroupMessageAsync(string containing) => GroupMessageAsync(m => m.PlainText.Contains(containing, StringComparison.Ordinal));

    public Task<SentMessage> DmAsync(FakeUser to, Func<SentMessage, bool> predicate) =>
        Fake.WaitForMessageAsync(Fake.PrivateChatWith(to), predicate, TestTimeout.Wait, TestTimeout.Token);

    public Task<SentMessage> DmAsync(FakeUser to, string containing) => DmAsync(to, m => m.PlainText.Contains(containing, StringComparison.Ordinal));

    public IReadOnlyList<SentMessage> DmsTo(FakeUser user) => Fake.MessagesIn(Fake.PrivateChatWith(user));

    /// <summary>Stops the bot and starts it again on the same database, as a restart would.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        await Bot.DisposeAsync();
        Bot = await InProcessBot.StartAsync(Fake, _database.Path, settings ?? BotSettings.Unlimited);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        _database.Dispose();
    }
}
