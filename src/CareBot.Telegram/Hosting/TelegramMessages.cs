namespace CareBot.Telegram.Hosting;

/// <summary>The one-line reasons the adapter gives when it stops the host.</summary>
public static class TelegramMessages
{
    public const string TokenRejected = "Telegram rejected the bot token (401 Unauthorized): check Telegram:Token.";

    public const string NotABotApi =
        "Telegram:ApiBaseUrl does not lead to a Bot API server (getMe answered 404 Not Found): check Telegram:ApiBaseUrl.";

    /// <summary>Telegram refused setWebhook (an address it can't reach, a port it doesn't allow); its own words say why.</summary>
    public static string WebhookRefused(string description) =>
        $"Telegram refused the webhook ({description}): check Telegram:Webhook:Url (https, port 443, 80, 88 or 8443).";
}
