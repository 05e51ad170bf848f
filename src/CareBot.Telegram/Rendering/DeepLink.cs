using System.Text;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// A link that opens a private chat with the bot and sends <c>/start payload</c> when the person presses Start.
/// Telegram allows 1-64 characters of A-Z, a-z, 0-9, _ and - in the payload.
/// </summary>
public static class DeepLink
{
    private const int MaxPayload = 64;

    public static string For(string botUsername, string payload) =>
        $"https://t.me/{botUsername}?start={Sanitize(payload)}";

    internal static string Sanitize(string payload)
    {
        var safe = new StringBuilder(Math.Min(payload.Length, MaxPayload));
        foreach (var c in payload)
        {
            if (safe.Length == MaxPayload)
            {
                break;
            }

            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return safe.Length == 0 ? "start" : safe.ToString();
    }
}
