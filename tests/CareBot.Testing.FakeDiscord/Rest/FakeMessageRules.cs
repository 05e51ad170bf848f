using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// Checks a message payload the way Discord does: no unknown fields, content up to 2000 characters, up to 10 embeds,
/// up to 5 action rows of up to 5 buttons (or one select), custom ids up to 100 characters, attachments that name
/// uploaded files with descriptions (alt text) up to 1024 characters, embed images at http(s) or attachment:// URLs,
/// and files of at most 10 MiB together. Field names follow openapi.json (MessageCreateRequest, IncomingWebhookRequestPartial, ...).
/// </summary>
internal static class FakeMessageRules
{
    /// <summary>What a bot may upload with one message where the server has no boost: 10 MiB.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlySet<string> CreateFields = new HashSet<string>
        { "content", "embeds", "allowed_mentions", "components", "flags", "attachments", "message_reference", "nonce", "enforce_nonce", "tts", "sticker_ids", "poll" };

    public static readonly IReadOnlySet<string> EditFields = new HashSet<string>
        { "content", "embeds", "flags", "allowed_mentions", "components", "attachments" };

    public static readonly IReadOnlySet<string> WebhookFields = new HashSet<string>
        { "content", "embeds", "allowed_mentions", "components", "attachments", "tts", "flags", "username", "avatar_url", "thread_name", "poll" };

    public static readonly IReadOnlySet<string> CallbackMessageFields = new HashSet<string>
        { "content", "embeds", "allowed_mentions", "components", "attachments", "tts", "flags", "poll" };

    private static readonly HashSet<string> EmbedFields = ["title", "type", "description", "url", "timestamp", "color", "footer", "image", "thumbnail", "video", "provider", "author", "fields"];
    private static readonly HashSet<string> ButtonFields = ["type", "id", "style", "label", "emoji", "custom_id", "url", "disabled", "sku_id"];
    private static readonly HashSet<string> SelectFields = ["type", "id", "custom_id", "options", "placeholder", "min_values", "max_values", "disabled", "required"];
    private static readonly HashSet<string> MentionKinds = ["users", "roles", "everyone"];

    public static void Check(JsonObject payload, IReadOnlySet<string> allowed, int fileCount, FakeFieldErrors errors)
    {
        Unknown(payload, allowed, "", errors);
        if (payload["content"] is JsonValue content && content.GetValueKind() == JsonValueKind.String && content.GetValue<string>().Length > 2000)
        {
            errors.MaxLength("content", 2000);
        }

        if (payload["embeds"] is JsonArray embeds)
        {
            CheckEmbeds(embeds, errors);
        }

        if (payload["components"] is JsonArray rows)
        {
            CheckRows(rows, "components", errors);
        }

        if (payload["allowed_mentions"] is JsonObject mentions && mentions["parse"] is JsonArray parse)
        {
            for (var i = 0; i < parse.Count; i++)
            {
                if (parse[i]?.GetValueKind() != JsonValueKind.String || !MentionKinds.Contains(parse[i]!.GetValue<string>()))
                {
                    errors.Add($"allowed_mentions.parse.{i}", "BASE_TYPE_CHOICES", "Value must be one of {'users', 'roles', 'everyone'}.");
                }
            }
        }

        if (payload["attachments"] is JsonArray attachments)
        {
            for (var i = 0; i < attachments.Count; i++)
            {
                var id = attachments[i]?["id"]?.ToString();
                if (id is null || (ulong.TryParse(id, out var index) && index < 1_000_000 && index >= (ulong)fileCount))
                {
                    errors.Add($"attachments.{i}.id", "ATTACHMENT_NOT_FOUND", "Attachment data not found");
                }

                MaxText(attachments[i] as JsonObject ?? [], "description", 1024, $"attachments.{i}.description", errors);
            }
        }
    }

    /// <summary>True when the payload would post nothing visible (Discord's 50006).</summary>
    public static bool IsEmpty(JsonObject payload, int fileCount) =>
        fileCount == 0
        && string.IsNullOrEmpty(payload["content"]?.GetValueKind() == JsonValueKind.String ? payload["content"]!.GetValue<string>() : null)
        && payload["embeds"] is not JsonArray { Count: > 0 }
        && payload["components"] is not JsonArray { Count: > 0 }
        && payload["sticker_ids"] is not JsonArray { Count: > 0 }
        && payload["poll"] is null;

    private static void CheckEmbeds(JsonArray embeds, FakeFieldErrors errors)
    {
        if (embeds.Count > 10)
        {
            errors.MaxLength("embeds", 10);
        }

        for (var i = 0; i < embeds.Count; i++)
        {
            if (embeds[i] is not JsonObject embed)
            {
                errors.Add($"embeds.{i}", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }

            Unknown(embed, EmbedFields, $"embeds.{i}.", errors);
            MaxText(embed, "title", 256, $"embeds.{i}.title", errors);
            MaxText(embed, "description", 4096, $"embeds.{i}.description", errors);
            ImageScheme(embed, "image", $"embeds.{i}.image.url", errors);
            ImageScheme(embed, "thumbnail", $"embeds.{i}.thumbnail.url", errors);
            if (embed["fields"] is JsonArray { Count: > 25 })
            {
                errors.MaxLength($"embeds.{i}.fields", 25);
            }
        }
    }

    internal static void CheckRows(JsonArray rows, string path, FakeFieldErrors errors)
    {
        if (rows.Count > 5)
        {
            errors.MaxLength(path, 5);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var rowPath = $"{path}.{r}";
            if (rows[r] is not JsonObject row || row["type"]?.GetValue<int>() != 1 || row["components"] is not JsonArray children)
            {
                errors.Add(rowPath, "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
                continue;
            }

            if (children.Count > 5)
            {
                errors.MaxLength($"{rowPath}.components", 5);
            }

            for (var c = 0; c < children.Count; c++)
            {
                CheckChild(children[c] as JsonObject, children.Count, $"{rowPath}.components.{c}", errors);
            }
        }
    }

    private static void CheckChild(JsonObject? child, int siblings, string path, FakeFieldErrors errors)
    {
        var type = child?["type"]?.GetValueKind() == JsonValueKind.Number ? child["type"]!.GetValue<int>() : 0;
        switch (type)
        {
            case 2:
                Unknown(child!, ButtonFields, path + ".", errors);
                var isLink = child!["style"]?.GetValue<int>() == 5;
                if (isLink ? child["url"] is null : child["custom_id"] is null)
                {
                    errors.Required(path + (isLink ? ".url" : ".custom_id"));
                }

                MaxText(child, "label", 80, path + ".label", errors);
                break;
            case 3:
                Unknown(child!, SelectFields, path + ".", errors);
                if (siblings > 1)
                {
                    errors.Add(path, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
                }

                if (child!["options"] is not JsonArray { Count: >= 1 and <= 25 })
                {
                    errors.Add(path + ".options", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
                }

                break;
            case 4:
                break;
            default:
                errors.Add(path + ".type", "BASE_TYPE_CHOICES", "Value must be one of {2, 3, 4, 5, 6, 7, 8}.");
                return;
        }

        MaxText(child!, "custom_id", 100, path + ".custom_id", errors);
    }

    private static void Unknown(JsonObject value, IReadOnlySet<string> allowed, string prefix, FakeFieldErrors errors)
    {
        foreach (var (name, _) in value)
        {
            if (!allowed.Contains(name))
            {
                errors.Unknown(prefix + name);
            }
        }
    }

    /// <summary>An embed shows pictures from the web or from the message's own files (attachment://name), nothing else.</summary>
    private static void ImageScheme(JsonObject embed, string name, string path, FakeFieldErrors errors)
    {
        if (embed[name]?["url"] is JsonValue url && url.GetValueKind() == JsonValueKind.String
            && Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out var uri) && uri.Scheme is not ("http" or "https" or "attachment"))
        {
            errors.Add(path, "URL_TYPE_INVALID_SCHEME", $"Scheme \"{uri.Scheme}\" is not supported. Scheme must be one of ('http', 'https').");
        }
    }

    private static void MaxText(JsonObject value, string name, int max, string path, FakeFieldErrors errors)
    {
        if (value[name] is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length > max)
        {
            errors.MaxLength(path, max);
        }
    }
}
