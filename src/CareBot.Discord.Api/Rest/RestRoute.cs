using System.Security.Cryptography;
using System.Text;

namespace CareBot.Discord.Api.Rest;

/// <summary>
/// One endpoint call: the method, the route template (safe to log: it holds no ids or tokens), the filled-in path,
/// and the top-level resource Discord keys its rate limits by (channel, guild, webhook + token, interaction + token).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    private static readonly string[] MajorNames = ["channel_id", "guild_id", "webhook_id", "interaction_id"];

    /// <summary>
    /// One of Discord's interaction endpoints: the callback, and the original response and followups reached through the
    /// application's webhook with the interaction's token. Discord does not count these against the bot's global limit
    /// (they are authorised by the interaction's token, not the bot's), so they are neither held by it nor stopped by a
    /// global 429: answering people never waits behind the bot's own posting.
    /// </summary>
    public bool IsInteractionEndpoint { get; init; }

    /// <summary>
    /// Whether the bot token is what authorizes the call. Webhook and interaction routes carry their own token: a 401
    /// there (50027, a token past its 15 minutes) says nothing about the bot's, so it must not stop every other request.
    /// </summary>
    public bool UsesBotToken => !Template.Contains("_token}", StringComparison.Ordinal);

    /// <summary>Method and template: a route's identity before Discord tells us its bucket.</summary>
    public string Key => $"{Method.Method} {Template}";

    /// <summary>Fills <paramref name="template"/>'s placeholders, in order, with <paramref name="values"/>.</summary>
    public static RestRoute Create(HttpMethod method, string template, params string[] values)
    {
        var path = new StringBuilder();
        var major = "";
        var next = 0;
        var segments = template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            path.Append('/');
            if (!segment.StartsWith('{'))
            {
                path.Append(segment);
                continue;
            }

            var value = values[next++];
            path.Append(Uri.EscapeDataString(value));
            var name = segment.Trim('{', '}');
            if (major.Length == 0 && MajorNames.Contains(name))
            {
                major = $"{name}={value}";
            }
            else if (name is "webhook_token" or "interaction_token")
            {
                // Tokens make separate limits, but bucket keys may be logged, so only a fingerprint goes in.
                major += "/" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 6);
            }
        }

        if (next != values.Length)
        {
            throw new ArgumentException($"{template} takes {next} values, not {values.Length}.", nameof(values));
        }

        return new RestRoute(method, template, path.ToString(), major);
    }
}
