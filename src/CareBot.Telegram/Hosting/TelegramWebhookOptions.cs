using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>
/// The "Telegram:Webhook" section. With <see cref="Url"/> set, Telegram pushes updates to CareBot (so a balancer can
/// spread them over instances) instead of CareBot polling for them. The secret is never logged.
/// </summary>
public sealed class TelegramWebhookOptions : IValidatableObject
{
    /// <summary>Where Telegram sends updates: the public https address of this instance or of the balancer in front.</summary>
    [WebhookUrl]
    public string Url { get; set; } = "";

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token with every update; requests without it are refused.</summary>
    [RegularExpression(
        "^[A-Za-z0-9_-]{1,256}$",
        ErrorMessage = "Telegram:Webhook:Secret must be 1 to 256 letters, digits, '_' or '-' (Telegram's rule).")]
    public string Secret { get; set; } = "";

    /// <summary>Where this instance's web server listens, e.g. http://0.0.0.0:8443 behind a TLS-terminating balancer.</summary>
    [ListenUrl]
    public string ListenUrl { get; set; } = "";

    /// <summary>How many connections Telegram may open at once to deliver updates.</summary>
    [Range(1, 100, ErrorMessage = "Telegram:Webhook:MaxConnections must be between 1 and 100.")]
    public int MaxConnections { get; set; } = 40;

    public bool Enabled => Url.Length > 0;

    /// <summary>The path the endpoint answers on: the path of <see cref="Url"/>, so a balancer may pass it through unchanged.</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";

    /// <summary>Scheme, host and port of <see cref="Url"/>: what logs may show (some put a secret in the path).</summary>
    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Secret.Length == 0)
        {
            yield return new ValidationResult("Telegram:Webhook:Secret is missing; with a webhook, every request must prove it comes from Telegram.", [nameof(Secret)]);
        }

        if (ListenUrl.Length == 0)
        {
            yield return new ValidationResult("Telegram:Webhook:ListenUrl is missing; say where to listen, e.g. http://0.0.0.0:8443.", [nameof(ListenUrl)]);
        }
    }
}
