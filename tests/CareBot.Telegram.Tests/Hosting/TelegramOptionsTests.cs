using CareBot.Telegram.Hosting;

namespace CareBot.Telegram.Tests.Hosting;

public sealed class TelegramOptionsTests
{
    [Theory]
    [InlineData("123456:TEST-token", "https://api.telegram.org", true)]
    [InlineData("7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "http://127.0.0.1:8081", true)]
    [InlineData("", "https://api.telegram.org", false)]
    [InlineData("not-a-token", "https://api.telegram.org", false)]
    [InlineData("123456:", "https://api.telegram.org", false)]
    [InlineData("abc:def", "https://api.telegram.org", false)]
    [InlineData("123456:has spaces", "https://api.telegram.org", false)]
    [InlineData("123456:TEST-token", "api.telegram.org", false)]
    [InlineData("123456:TEST-token", "ftp://api.telegram.org", false)]
    [InlineData("123456:TEST-token", "", false)]
    public void Start_up_accepts_only_a_well_formed_token_and_an_absolute_http_url(string token, string url, bool valid)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = token, ApiBaseUrl = url });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void A_malformed_token_is_never_repeated_in_the_error()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "123:secret value" });

        Assert.DoesNotContain("secret value", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:Token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_limits_are_validated_too()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "1:a", Limits = new() { MessagesPerSecond = 0 } });

        Assert.False(result.Succeeded);
    }
}
