using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>Empty, or where the webhook's web server listens: http://host:port, no path (TLS ends at the balancer or proxy in front).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListenUrlAttribute : ValidationAttribute
{
    public ListenUrlAttribute()
        : base("Telegram:Webhook:ListenUrl must be like http://0.0.0.0:8443 (http, an address and a port, no path; TLS ends at the balancer or proxy in front).")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text
        || text.Length == 0
        || (Uri.TryCreate(text, UriKind.Absolute, out var url)
            && url.Scheme == "http"
            && url.Host.Length > 0
            && url.AbsolutePath == "/"
            && url.Query.Length == 0);
}
