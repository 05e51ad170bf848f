using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CareBot.Testing.FakeTelegram.Tests;

/// <summary>Webhook mode as the live server has it: setWebhook's checks, getUpdates refused meanwhile, pushes with the secret, retries.</summary>
public sealed class WebhookTests
{
    private const string Secret = "the-Secret_42";

    private static CancellationToken Ct => TestTimeout.Token;

    private static FakeTelegramOptions LoopbackAllowed => new() { AllowHttpWebhookOnLoopback = true, WebhookRetryDelay = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task A_webhook_must_be_https()
    {
        await using var harness = await Harness.StartAsync();

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SetWebhook("http://127.0.0.1:8443/hook", cancellationToken: Ct));

        Assert.Equal(400, refused.ErrorCode);
        Assert.Equal("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", refused.Message);
        Assert.Null(harness.Server.WebhookUrl);
    }

    [Fact]
    public async Task A_webhook_on_a_port_telegram_does_not_serve_is_refused()
    {
        await using var harness = await Harness.StartAsync();

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SetWebhook("https://bot.example.org:9000/hook", cancellationToken: Ct));

        Assert.Contains("ports 80, 88, 443 or 8443", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("ümlaut")]
    public async Task A_secret_with_characters_telegram_does_not_allow_is_refused(string secret)
    {
        await using var harness = await Harness.StartAsync();

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SetWebhook("https://bot.example.org/hook", secretToken: secret, cancellationToken: Ct));

        Assert.Equal(400, refused.ErrorCode);
        Assert.Equal("Bad Request: secret token contains unallowed characters", refused.Message);
    }

    [Fact]
    public async Task A_secret_longer_than_256_characters_is_refused()
    {
        await using var harness = await Harness.StartAsync();

        await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SetWebhook("https://bot.example.org/hook", secretToken: new string('a', 257), cancellationToken: Ct));
    }

    [Fact]
    public async Task While_a_webhook_is_set_polling_is_refused_until_it_is_deleted()
    {
        await using var harness = await Harness.StartAsync();
        await harness.Client.SetWebhook("https://bot.example.org/hook", secretToken: Secret, cancellationToken: Ct);

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetUpdates(cancellationToken: Ct));
        var info = await harness.Client.GetWebhookInfo(Ct);
        await harness.Client.DeleteWebhook(cancellationToken: Ct);
        var updates = await harness.Client.GetUpdates(timeout: 0, cancellationToken: Ct);

        Assert.Equal(409, refused.ErrorCode);
        Assert.Equal("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", refused.Message);
        Assert.Equal("https://bot.example.org/hook", info.Url);
        Assert.Empty(updates);
        Assert.Equal("", (await harness.Client.GetWebhookInfo(Ct)).Url);
    }

    [Fact]
    public async Task Updates_are_pushed_with_the_secret_and_a_200_confirms_them()
    {
        await using var harness = await Harness.StartAsync(LoopbackAllowed);
        await using var bot = await WebhookReceiver.StartAsync();
        var ada = harness.Server.CreateUser("Ada");
        await harness.Client.SetWebhook(bot.Url.ToString(), secretToken: Secret, cancellationToken: Ct);

        harness.Server.UserStartsBot(ada);
        await bot.WaitForAsync(1);
        await harness.Server.WaitForUpdatesConsumedAsync(Harness.Timeout, Ct);

        Assert.Equal(Secret, Assert.Single(bot.Received).Secret);
        Assert.Equal(200, Assert.Single(harness.Server.WebhookPushes).StatusCode);
    }

    [Fact]
    public async Task An_update_the_bot_does_not_answer_200_is_pushed_again_and_the_error_shows_in_the_webhook_info()
    {
        await using var harness = await Harness.StartAsync(LoopbackAllowed);
        await using var bot = await WebhookReceiver.StartAsync();
        var ada = harness.Server.CreateUser("Ada");
        await harness.Client.SetWebhook(bot.Url.ToString(), secretToken: Secret, cancellationToken: Ct);
        bot.AnswerNext(500);

        harness.Server.UserStartsBot(ada);
        await bot.WaitForAsync(2);
        await harness.Server.WaitForUpdatesConsumedAsync(Harness.Timeout, Ct);
        var info = await harness.Client.GetWebhookInfo(Ct);

        Assert.Equal(bot.Received[0].UpdateId, bot.Received[1].UpdateId);
        Assert.Contains("500", info.LastErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(info.LastErrorDate);
    }

    [Fact]
    public async Task A_lost_answer_makes_the_same_update_arrive_twice()
    {
        await using var harness = await Harness.StartAsync(LoopbackAllowed);
        await using var bot = await WebhookReceiver.StartAsync();
        var ada = harness.Server.CreateUser("Ada");
        await harness.Client.SetWebhook(bot.Url.ToString(), secretToken: Secret, cancellationToken: Ct);
        harness.Server.LoseNextWebhookAnswers(1);

        harness.Server.UserStartsBot(ada);
        await bot.WaitForAsync(2);
        await harness.Server.WaitForUpdatesConsumedAsync(Harness.Timeout, Ct);

        Assert.Equal(bot.Received[0].UpdateId, bot.Received[1].UpdateId);
        Assert.Equal([true, false], harness.Server.WebhookPushes.Select(push => push.AnswerLost));
    }

    [Fact]
    public async Task Each_chats_updates_arrive_one_at_a_time_in_order_while_chats_go_in_parallel()
    {
        await using var harness = await Harness.StartAsync(LoopbackAllowed);
        await using var bot = await WebhookReceiver.StartAsync();
        bot.Hold = TimeSpan.FromMilliseconds(150);
        var ada = harness.Server.CreateUser("Ada");
        var bea = harness.Server.CreateUser("Bea");
        harness.Server.UserStartsBot(ada);
        harness.Server.UserStartsBot(ada, "second");
        harness.Server.UserStartsBot(ada, "third");
        harness.Server.UserStartsBot(bea);

        await harness.Client.SetWebhook(bot.Url.ToString(), secretToken: Secret, cancellationToken: Ct);
        await bot.WaitForAsync(4);

        var adas = bot.Received.Select(r => r.UpdateId).Where(id => id != bot.Received.Max(r => r.UpdateId)).ToList();
        Assert.Equal(adas.Order(), adas);
        Assert.Equal(2, bot.MostAtOnce);
    }

    [Fact]
    public async Task A_webhook_that_was_deleted_gets_nothing_more()
    {
        await using var harness = await Harness.StartAsync(LoopbackAllowed);
        await using var bot = await WebhookReceiver.StartAsync();
        var ada = harness.Server.CreateUser("Ada");
        await harness.Client.SetWebhook(bot.Url.ToString(), secretToken: Secret, cancellationToken: Ct);
        await harness.Client.DeleteWebhook(cancellationToken: Ct);

        harness.Server.UserStartsBot(ada);
        var updates = await harness.Client.GetUpdates(cancellationToken: Ct);

        Assert.Single(updates);
        Assert.Empty(bot.Received);
    }
}
