using CareBot.Telegram.Hosting;

namespace CareBot.Telegram.Tests.Hosting;

public sealed class TelegramWebhookOptionsTests
{
    [Theory]
    [InlineData("", "", "", 40, true)]
    [InlineData("https://bot.example.org/telegram/updates", "s3cret_-X", "http://0.0.0.0:8443", 40, true)]
    [InlineData("http://127.0.0.1:9000/telegram/updates", "s", "http://127.0.0.1:9000", 1, true)]
    [InlineData("http://bot.example.org/telegram/updates", "s3cret", "http://0.0.0.0:8443", 40, false)]
    [InlineData("bot.example.org/telegram", "s3cret", "http://0.0.0.0:8443", 40, false)]
    [InlineData("https://bot.example.org/telegram/updates", "", "http://0.0.0.0:8443", 40, false)]
    [InlineData("https://bot.example.org/telegram/updates", "has space", "http://0.0.0.0:8443", 40, false)]
    [InlineData("https://bot.example.org/telegram/updates", "s3cret", "", 40, false)]
    [InlineData("https://bot.example.org/telegram/updates", "s3cret", "http://0.0.0.0:8443/path", 40, false)]
    [InlineData("https://bot.example.org/telegram/updates", "s3cret", "http://0.0.0.0:8443", 0, false)]
    [InlineData("https://bot.example.org/telegram/updates", "s3cret", "http://0.0.0.0:8443", 101, false)]
    public void Start_up_accepts_a_webhook_only_with_an_https_url_a_telegram_secret_and_an_address_to_listen_on(
        string url, string secret, string listen, int maxConnections, bool valid)
    {
        var result = Validate(new TelegramWebhookOptions { Url = url, Secret = secret, ListenUrl = listen, MaxConnections = maxConnections });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void A_secret_longer_than_telegram_allows_is_refused()
    {
        var result = Validate(Webhook(secret: new string('a', 257)));

        Assert.False(result.Succeeded);
        Assert.Contains("Telegram:Webhook:Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_secret_is_never_repeated_in_the_error()
    {
        var result = Validate(Webhook(secret: "my very secret words"));

        Assert.DoesNotContain("secret words", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:Webhook:Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_secret_is_named_in_one_line()
    {
        var result = Validate(Webhook(secret: ""));

        Assert.Contains("Telegram:Webhook:Secret is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_endpoint_answers_on_the_path_of_the_public_url()
    {
        Assert.Equal("/telegram/updates", Webhook().Path);
    }

    private static TelegramWebhookOptions Webhook(string secret = "s3cret") =>
        new() { Url = "https://bot.example.org/telegram/updates", Secret = secret, ListenUrl = "http://0.0.0.0:8443" };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(TelegramWebhookOptions webhook) =>
        new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "123456:TEST-token", Webhook = webhook });
}
