using System.Net;
using System.Text;
using CareBot.Composition;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;
using Telegram.Bot;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// CareBot with Telegram pushing updates to it (webhook mode), as behind a balancer: the care flow works, a request
/// without the secret changes nothing, an update delivered twice is handled once, and a chat's updates keep their order.
/// </summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task An_offer_meets_a_need_and_a_helper_steps_in_with_updates_pushed_by_telegram()
    {
        var webhook = WebhookSettings.OnAFreePort();
        await using var scenario = await GroupScenario.StartAsync(WebhookSettings.FakeOptions, webhook.Settings);
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");

        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        await scenario.GroupMessageAsync("Need #1");
        var ask = await scenario.DmAsync(bob, "could use a hand");
        scenario.Fake.PressButtonLabelled(ask, bob, "I can help");
        await scenario.DmAsync(bob, "You're helping with");
        await scenario.DmAsync(alice, "Good news");

        Assert.Equal(webhook.Url, scenario.Fake.WebhookUrl);
        Assert.Contains("ride to the clinic", ask.PlainText, StringComparison.Ordinal);
        Assert.Equal(0, scenario.Fake.Requests.RequestsTo("getUpdates"));
        Assert.All(scenario.Fake.WebhookPushes, push => Assert.True(push.StatusCode is 200 or 503, $"update {push.UpdateId} answered {push.StatusCode}"));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-the-secret", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Forbidden)]
    public async Task A_request_without_the_right_secret_is_refused_and_changes_nothing(string? secret, HttpStatusCode expected)
    {
        var webhook = WebhookSettings.OnAFreePort();
        await using var scenario = await GroupScenario.StartAsync(WebhookSettings.FakeOptions, webhook.Settings);
        var alice = await scenario.MemberAsync("Alice");

        var answer = await ForgedAsync(webhook.Url, secret, scenario.Group, alice, "/need forged words");
        scenario.Say(alice, "/need soup on Sunday");
        var need = await scenario.GroupMessageAsync("Need #");

        Assert.Equal(expected, answer);
        Assert.Contains("soup", need.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_delivered_again_after_its_answer_was_lost_is_handled_once()
    {
        var webhook = WebhookSettings.OnAFreePort();
        await using var scenario = await GroupScenario.StartAsync(WebhookSettings.FakeOptions, webhook.Settings);
        var alice = await scenario.MemberAsync("Alice");
        var before = scenario.Fake.WebhookPushes.Count;

        scenario.Fake.LoseNextWebhookAnswers(1);
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);
        // Said after it in the same chat: once this is answered, a second card for the need would have come too.
        scenario.Say(alice, "/offer listening");
        await scenario.GroupMessageAsync("Noted your offer");

        var pushes = scenario.Fake.WebhookPushes.Skip(before).ToList();
        var lost = Assert.Single(pushes, push => push.AnswerLost);
        Assert.Equal(2, pushes.Count(push => push.UpdateId == lost.UpdateId));
        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("Need #1", StringComparison.Ordinal));
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("Need #2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chats_updates_are_handled_in_the_order_they_were_typed()
    {
        var webhook = WebhookSettings.OnAFreePort();
        await using var scenario = await GroupScenario.StartAsync(WebhookSettings.FakeOptions, webhook.Settings);
        var alice = await scenario.MemberAsync("Alice");

        scenario.Say(alice, "/need first soup");
        scenario.Say(alice, "/need second bread");
        scenario.Say(alice, "/need third tea");
        await scenario.GroupMessageAsync("Need #3");

        var needs = scenario.Fake.MessagesIn(scenario.Group).Select(m => m.PlainText).ToList();
        Assert.Contains("soup", needs.Single(n => n.Contains("Need #1", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("bread", needs.Single(n => n.Contains("Need #2", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("tea", needs.Single(n => n.Contains("Need #3", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_polling_instance_removes_a_webhook_left_behind_and_works()
    {
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled }, TestTimeout.Token);
        var client = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl.ToString()));
        await client.SetWebhook("https://old.example.org/telegram", secretToken: "old", cancellationToken: TestTimeout.Token);
        using var database = new TempDatabase();
        await using var bot = await InProcessBot.StartAsync(fake, database.Path, BotSettings.Unlimited);
        var ada = fake.CreateUser("Ada", "ada");

        fake.UserStartsBot(ada);
        await fake.WaitForMessageCountAsync(fake.PrivateChatWith(ada), 1, TestTimeout.Wait, TestTimeout.Token);

        Assert.Null(fake.WebhookUrl);
    }

    [Fact]
    public async Task A_webhook_without_a_secret_is_refused_at_start_up_with_one_line()
    {
        await using var fake = await FakeTelegramServer.StartAsync(WebhookSettings.FakeOptions, TestTimeout.Token);
        using var database = new TempDatabase();
        var settings = BotSettings.For(fake, database.Path, WebhookSettings.OnAFreePort().Settings);
        settings.Remove("Telegram:Webhook:Secret");
        using var errors = new StringWriter();

        var exitCode = await CareBotApp.RunAsync([.. settings.Select(pair => $"--{pair.Key}={pair.Value}")], errors).WaitAsync(TestTimeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("Telegram:Webhook:Secret is missing", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, fake.Requests.TotalRequests);
    }

    [Fact]
    public async Task A_webhook_telegram_refuses_stops_the_host_with_telegrams_reason()
    {
        // Without the test switch the fake, like Telegram, accepts https only.
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions(), TestTimeout.Token);
        using var database = new TempDatabase();
        var settings = BotSettings.For(fake, database.Path, WebhookSettings.OnAFreePort().Settings);
        using var errors = new StringWriter();

        var exitCode = await CareBotApp.RunAsync([.. settings.Select(pair => $"--{pair.Key}={pair.Value}")], errors).WaitAsync(TestTimeout.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("An HTTPS URL must be provided", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSettings.Secret, errors.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A POST to the bot's webhook as someone who is not Telegram would make it: a plausible update, a wrong or missing secret.</summary>
    private static async Task<HttpStatusCode> ForgedAsync(Uri url, string? secret, FakeChat group, FakeUser from, string text)
    {
        var update = $$$"""
            {"update_id": 999999, "message": {"message_id": 424242, "date": 1700000000, "text": "{{{text}}}",
              "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
              "chat": {"id": {{{group.Id}}}, "type": "supergroup", "title": "Riverside Care"},
              "from": {"id": {{{from.Id}}}, "is_bot": false, "first_name": "{{{from.FirstName}}}"} } }
            """;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request, TestTimeout.Token);
        return response.StatusCode;
    }
}
