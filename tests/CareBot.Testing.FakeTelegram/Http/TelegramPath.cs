namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>
/// The Bot API address shape, <c>/bot&lt;token&gt;/&lt;method&gt;</c>. Telegram.Bot keeps only scheme and authority of a
/// custom base URL, so the fake must serve from the root.
/// </summary>
internal sealed record TelegramPath(string Token, string Method)
{
    public static TelegramPath? Parse(string? path)
    {
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path["/bot".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var method = rest[(slash + 1)..].TrimEnd('/');
        return new TelegramPath(rest[..slash], method);
    }
}
