using System.Security.Cryptography;
using System.Text;

namespace CareBot.Telegram.Webhook;

/// <summary>The secret Telegram sends back with every update, compared in constant time so timing can't reveal it.</summary>
internal sealed class WebhookSecret(string secret)
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(secret);

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);

    public override string ToString() => "(secret)";
}
