namespace CareBot.Telegram.Hosting;

/// <summary>The one-line reasons the adapter gives when it stops the host.</summary>
public static class TelegramMessages
{
    public const string TokenRejected = "Telegram rejected the bot token (401 Unauthorized): check Telegram:Token.";

    public const string NotABotApi =
        "Telegram:ApiBaseUrl does not lead to a Bot API server (getMe answered 404 Not Found): check Telegram:ApiBaseUrl.";
}
