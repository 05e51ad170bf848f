using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>
/// Empty (no webhook), or an absolute https URL as Telegram requires. Plain http is allowed only on the loopback
/// address, where a local Bot API server or a test's fake sends it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebhookUrlAttribute : ValidationAttribute
{
    public WebhookUrlAttribute()
        : base("Telegram:Webhook:Url must be an absolute https URL, e.g. https://bot.example.org/telegram/updates.")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text
        || text.Length == 0
        || (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && url.Host.Length > 0
            && url.Query.Length == 0
            && (url.Scheme == "https" || (url.Scheme == "http" && url.IsLoopback)));
}
