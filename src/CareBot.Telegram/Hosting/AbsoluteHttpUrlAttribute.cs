using System.ComponentModel.DataAnnotations;

namespace CareBot.Telegram.Hosting;

/// <summary>An absolute http or https URL, such as https://api.telegram.org or http://127.0.0.1:8081.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public AbsoluteHttpUrlAttribute()
        : base("Telegram:ApiBaseUrl must be an absolute http or https URL, e.g. https://api.telegram.org.")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text
        || (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0);
}
