using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareBot.Telegram.Hosting;

/// <summary>The "Telegram" configuration section. The adapter runs when <see cref="Token"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string PublicApi = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather: the bot's numeric id, a colon, and a secret. Never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:Token is missing; paste the token @BotFather gave you.")]
    [RegularExpression(
        "^[0-9]{1,16}:[A-Za-z0-9_-]{1,200}$",
        ErrorMessage = "Telegram:Token doesn't look like a bot token (digits, a colon, then letters, digits, '-' or '_', as @BotFather gives it).")]
    public string Token { get; set; } = "";

    /// <summary>The Bot API server: the public one, a self-hosted one, or a fake in tests.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:ApiBaseUrl must be set, e.g. https://api.telegram.org.")]
    [AbsoluteHttpUrl]
    public string ApiBaseUrl { get; set; } = PublicApi;

    /// <summary>How long one getUpdates call waits for updates (Telegram's long polling timeout).</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Telegram's sending limits, enforced before sending so the bot never learns them from 429s.</summary>
    [ValidateObjectMembers]
    public TelegramRateLimits Limits { get; set; } = new();

    /// <summary>Updates pushed by Telegram instead of polled; off unless Webhook:Url is set.</summary>
    [ValidateObjectMembers]
    public TelegramWebhookOptions Webhook { get; set; } = new();
}
