namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A route the fake serves, named as in openapi.json ("POST /channels/{channel_id}/messages").</summary>
internal sealed record FakeRoute(string Method, string Template, Func<FakeCall, FakeRestAnswer> Handle)
{
    public string Key => $"{Method} {Template}";

    /// <summary>Interaction and webhook-token routes are authorised by their token, not the bot's.</summary>
    public bool NeedsBotToken => !Template.StartsWith("/interactions/", StringComparison.Ordinal) && !Template.StartsWith("/webhooks/", StringComparison.Ordinal);

    /// <summary>
    /// Discord's interaction endpoints: the callback, and the original response and followups through the application's
    /// webhook (the only webhook routes the fake serves). Discord does not count them against the bot's global limit.
    /// </summary>
    public bool IsInteractionEndpoint => Template.StartsWith("/interactions/", StringComparison.Ordinal) || Template.StartsWith("/webhooks/", StringComparison.Ordinal);

    public Dictionary<string, string>? Match(string method, string[] segments)
    {
        var parts = Template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (method != Method || parts.Length != segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('{'))
            {
                values[parts[i].Trim('{', '}')] = Uri.UnescapeDataString(segments[i]);
            }
            else if (parts[i] != segments[i])
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>The top-level resource Discord counts limits by: channel, guild, webhook + token, interaction + token.</summary>
    public static string MajorOf(IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue("channel_id", out var channel) ? "c" + channel
        : values.TryGetValue("guild_id", out var guild) ? "g" + guild
        : values.TryGetValue("webhook_id", out var webhook) ? $"w{webhook}/{values["webhook_token"]}"
        : values.TryGetValue("interaction_id", out var interaction) ? $"i{interaction}/{values["interaction_token"]}"
        : "";
}
