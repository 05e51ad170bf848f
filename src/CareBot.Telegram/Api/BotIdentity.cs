namespace CareBot.Telegram.Api;

/// <summary>Who the bot is, from getMe: its id and @username (for /cmd@bot and deep links).</summary>
public sealed record BotIdentity(long Id, string Username);
