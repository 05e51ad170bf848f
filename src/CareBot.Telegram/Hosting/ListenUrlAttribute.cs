using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>Empty, or where the webhook's web server listens: http://host:port or https://host:port, no path.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListenUrlAttribute : ValidationAttribute
{
    public ListenUrlAttribute()
        : base("Telegram:Webhook:ListenUrl must be like http://0.0.0.0:8443 (a scheme, an address and a port, no path).")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text
        || text.Length == 0
        || (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && url.Scheme is "http" or "https"
            && url.Host.Length > 0
            && url.AbsolutePath == "/"
            && url.Query.Length == 0);
}
