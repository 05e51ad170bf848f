using System.Text.Json.Nodes;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>What a person saw of the bot's answer to their interaction, read from the requests the fake Discord accepted.</summary>
internal static class SeenAnswers
{
    /// <summary>The callback's message, the deferred reply filled in, and followups, in order.</summary>
    public static IReadOnlyList<SentAnswer> Of(FakeDiscordRestServer rest, FakeInteraction interaction)
    {
        var deferredEphemeral = false;
        var answers = new List<SentAnswer>();
        foreach (var request in RequestsOf(rest, interaction).Where(r => r.Status is >= 200 and < 300))
        {
            var body = request.Json as JsonObject;
            if (request.Route.EndsWith("/callback", StringComparison.Ordinal))
            {
                var flags = body?["data"]?["flags"]?.GetValue<int>() ?? 0;
                if (body?["type"]?.GetValue<int>() == 5)
                {
                    deferredEphemeral = (flags & 64) != 0;
                }
                else if (body?["type"]?.GetValue<int>() == 4)
                {
                    answers.Add(Read(body["data"], (flags & 64) != 0));
                }
            }
            else if (request.Method == "PATCH")
            {
                answers.Add(Read(body, deferredEphemeral));
            }
            else if (request.Method == "POST")
            {
                answers.Add(Read(body, ((body?["flags"]?.GetValue<int>() ?? 0) & 64) != 0));
            }
        }

        return answers;
    }

    public static IReadOnlyList<RecordedRequest> RequestsOf(FakeDiscordRestServer rest, FakeInteraction interaction) =>
        [.. rest.Requests.Where(r => r.Path.Contains(interaction.Token, StringComparison.Ordinal))];

    /// <summary>Whether the person has their whole answer: a deferral is only half of one until it is filled in (or replaced by followups).</summary>
    public static bool IsComplete(FakeDiscordRestServer rest, FakeInteraction interaction)
    {
        if (interaction.CallbackType is null)
        {
            return false;
        }

        return interaction.CallbackType != 5 || RequestsOf(rest, interaction).Any(r => r.Method is "PATCH" or "DELETE" || (r.Method == "POST" && !r.Route.EndsWith("/callback", StringComparison.Ordinal)));
    }

    /// <summary>Whether a request carries text a person reads: a message, an edit, a followup or a message-bearing callback.</summary>
    public static bool CarriesWords(RecordedRequest request)
    {
        var body = request.Route.EndsWith("/callback", StringComparison.Ordinal) ? request.Json?["data"] : request.Json;
        return body is JsonObject words && (words["content"] is not null || words["embeds"] is not null);
    }

    public static bool PingsNobody(RecordedRequest request)
    {
        var body = request.Route.EndsWith("/callback", StringComparison.Ordinal) ? request.Json?["data"] : request.Json;
        return body?["allowed_mentions"]?["parse"] is JsonArray { Count: 0 };
    }

    private static SentAnswer Read(JsonNode? message, bool ephemeral)
    {
        var text = message?["content"]?.GetValue<string>() ?? string.Concat(message?["embeds"]?.AsArray().Select(e => e?["description"]?.GetValue<string>()) ?? []);
        var ids = message?["components"]?.AsArray().SelectMany(row => row?["components"]?.AsArray() ?? []).Select(b => b?["custom_id"]?.GetValue<string>()).OfType<string>().ToList() ?? [];
        return new SentAnswer(text, ephemeral, ids);
    }
}
