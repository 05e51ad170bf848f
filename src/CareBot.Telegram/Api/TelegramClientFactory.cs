using CareBot.Telegram.Hosting;
using Telegram.Bot;

namespace CareBot.Telegram.Api;

/// <summary>
/// Builds the one Telegram.Bot client. Its HttpClient is plain (not from IHttpClientFactory), so no logging handler
/// ever prints a request URL, which carries the token. Telegram.Bot's own 429 retry is off: the sender's pacing and
/// retry decide when to send again, not a sleep hidden inside a request.
/// </summary>
internal static class TelegramClientFactory
{
    public static TelegramBotClient Create(TelegramOptions options)
    {
        var baseUrl = string.Equals(options.ApiBaseUrl.TrimEnd('/'), TelegramOptions.PublicApi, StringComparison.OrdinalIgnoreCase)
            ? null
            : options.ApiBaseUrl;
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(3) })
        {
            // Each call carries its own deadline (long polls wait longer than sends), see TelegramDeadlines.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new TelegramBotClient(new TelegramBotClientOptions(options.Token, baseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
    }
}
