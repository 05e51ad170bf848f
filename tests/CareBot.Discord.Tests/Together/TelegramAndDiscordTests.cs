using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeTelegram;
using Xunit.Abstractions;
using TelegramUser = CareBot.Testing.FakeTelegram.FakeUser;

namespace CareBot.Discord.Tests.Together;

/// <summary>
/// One CareBot host with both adapters, against the fake Telegram and the fake Discord at once, sharing one database: a
/// Telegram group and a Discord server linked with /link become one community (docs/linking.md).
/// </summary>
public sealed partial class TelegramAndDiscordTests(ITestOutputHelper output)
{
    private const ulong ManageServer = 1UL << 5;
    private static readonly TimeSpan Wait = Eventually.Ceiling;

    [Fact]
    public async Task A_need_asked_on_Telegram_reaches_a_helper_who_offered_on_Discord_and_his_claim_reaches_her_on_Telegram()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled }, CancellationToken.None);
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { Configuration = TelegramSettings(telegram), Output = output });

        // Olga, who owns the Telegram group, asks for a code; the Discord server's owner types it there.
        var (group, alice) = await LinkedAsync(telegram, h);
        await Eventually.True(() => h.Posts.Any(p => Shown.Says(p, "now linked with Riverside Care")), "Discord to hear it is linked");

        var bob = h.Member("bob");
        await h.CommandAsync(bob, "offer", new JsonObject { ["text"] = "rides to appointments, I have a car" });
        telegram.SendText(group, alice, "/need a ride to the clinic on friday morning");

        await telegram.WaitForMessageAsync(group, m => m.PlainText.Contains("a ride to the clinic", StringComparison.Ordinal), Wait, CancellationToken.None);
        await Eventually.True(() => h.Posts.Any(p => Shown.Says(p, "a ride to the clinic")), "the need to be posted in the Discord server too");
        var ask = await Eventually.Get(() => h.DirectMessages(bob).FirstOrDefault(m => Shown.Says(m, "a ride to the clinic")), "Bob to be asked on Discord");
        await h.PressAsync(bob, ask, "I can help");

        var told = await telegram.WaitForMessageAsync(telegram.PrivateChatWith(alice), m => m.PlainText.Contains("bob", StringComparison.OrdinalIgnoreCase), Wait, CancellationToken.None);
        Assert.Contains("#1", told.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_joined_his_Telegram_and_Discord_accounts_is_asked_once_where_he_spoke_last()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled }, CancellationToken.None);
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { Configuration = TelegramSettings(telegram), Output = output });
        var (group, alice) = await LinkedAsync(telegram, h);

        // Waves of three, so that both of his unjoined accounts fit in the first one.
        await h.CommandAsync(h.Owner, "agree", new JsonObject { ["key"] = "wave-size", ["value"] = "3" }, permissions: ManageServer);
        var bobOnDiscord = h.Member("bob");
        var bobOnTelegram = await StartedAsync(telegram, group, "Bob");
        await h.CommandAsync(bobOnDiscord, "offer", new JsonObject { ["text"] = "rides to appointments, I have a car" });
        telegram.SendText(group, bobOnTelegram, "/offer I can drive people to the station");
        telegram.SendText(group, alice, "/need a ride to the clinic on friday morning");
        await Eventually.Get(() => h.DirectMessages(bobOnDiscord).FirstOrDefault(m => Shown.Says(m, "a ride to the clinic")), "Bob to be asked on Discord");
        await telegram.WaitForMessageAsync(telegram.PrivateChatWith(bobOnTelegram), m => m.PlainText.Contains("a ride to the clinic", StringComparison.Ordinal), Wait, CancellationToken.None);

        // Two accounts, two requests. He joins them: a code in his Telegram chat, typed in his Discord DM.
        telegram.SendText(telegram.PrivateChatWith(bobOnTelegram), bobOnTelegram, "/link");
        var code = CodeIn(await telegram.WaitForMessageAsync(telegram.PrivateChatWith(bobOnTelegram), m => m.PlainText.Contains("Your code", StringComparison.Ordinal), Wait, CancellationToken.None));
        var joined = await h.DirectCommandAsync(bobOnDiscord, "link", new JsonObject { ["code"] = code });
        Assert.Contains(h.Answers(joined), a => a.Text.Contains("one person", StringComparison.Ordinal));

        telegram.SendText(group, alice, "/need a ride to the station on monday");
        await Eventually.Get(() => h.DirectMessages(bobOnDiscord).FirstOrDefault(m => Shown.Says(m, "a ride to the station")), "Bob to be asked on Discord, where he spoke last");
        await Eventually.True(() => h.Store.Read(s => s.Outbox.Due("telegram", DateTimeOffset.MaxValue, 10)).Count == 0, "everything for Telegram to be delivered");

        Assert.DoesNotContain(telegram.MessagesIn(telegram.PrivateChatWith(bobOnTelegram)), m => m.PlainText.Contains("a ride to the station", StringComparison.Ordinal));
        Assert.Single(h.DirectMessages(bobOnDiscord), m => Shown.Says(m, "a ride to the station"));
    }

    /// <summary>The Telegram group "Riverside Care" (Olga's) and the Discord server, linked by /link; Alice is in the Telegram group.</summary>
    private static async Task<(FakeChat Group, TelegramUser Alice)> LinkedAsync(FakeTelegramServer telegram, DiscordHarness h)
    {
        var olga = telegram.CreateUser("Olga", "olga");
        var group = telegram.CreateGroup("Riverside Care", olga);
        telegram.AddBotToGroup(group, olga);
        await telegram.WaitForMessageAsync(group, m => m.PlainText.Contains("CareBot", StringComparison.Ordinal), Wait, CancellationToken.None);
        var alice = await StartedAsync(telegram, group, "Alice");
        await StartedAsync(telegram, olga);
        telegram.SendText(group, olga, "/link");
        var code = CodeIn(await telegram.WaitForMessageAsync(telegram.PrivateChatWith(olga), m => m.PlainText.Contains("Here is the code", StringComparison.Ordinal), Wait, CancellationToken.None));
        await h.CommandAsync(h.Owner, "link", new JsonObject { ["code"] = code }, permissions: ManageServer);
        await telegram.WaitForMessageAsync(group, m => m.PlainText.Contains("now linked with Riverside Mutual Aid", StringComparison.Ordinal), Wait, CancellationToken.None);
        return (group, alice);
    }

    /// <summary>A member of the Telegram group who has opened a private chat with the bot and got its answer.</summary>
    private static async Task<TelegramUser> StartedAsync(FakeTelegramServer telegram, FakeChat group, string name)
    {
        var user = telegram.CreateUser(name, name.ToLowerInvariant());
        telegram.JoinGroup(group, user);
        return await StartedAsync(telegram, user);
    }

    private static async Task<TelegramUser> StartedAsync(FakeTelegramServer telegram, TelegramUser user)
    {
        var before = telegram.MessagesIn(telegram.PrivateChatWith(user)).Count;
        telegram.UserStartsBot(user);
        await telegram.WaitForMessageCountAsync(telegram.PrivateChatWith(user), before + 1, Wait, CancellationToken.None);
        return user;
    }

    /// <summary>The host's Telegram settings, pointed at the fake, with Telegram's pacing off: these tests are not about limits.</summary>
    private static string[] TelegramSettings(FakeTelegramServer telegram) =>
    [
        $"--Telegram:Token={telegram.Token}",
        $"--Telegram:ApiBaseUrl={telegram.BaseUrl}",
        "--Telegram:PollTimeoutSeconds=1",
        "--Telegram:Limits:PerChatIntervalMs=0",
        "--Telegram:Limits:GroupMessagesPerMinute=100000",
        "--Telegram:Limits:MessagesPerSecond=100000",
    ];

    private static string CodeIn(SentMessage message) =>
        Code().Match(message.PlainText) is { Success: true } found ? found.Value : throw new InvalidOperationException($"No code in: {message.PlainText}");

    [GeneratedRegex("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}")]
    private static partial Regex Code();
}
