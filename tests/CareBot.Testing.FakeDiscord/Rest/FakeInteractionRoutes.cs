using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// The interaction callback (once, within 3 seconds, of a type that suits the interaction) and the webhook routes
/// of its followups and original response (for 15 minutes after the interaction).
/// </summary>
internal static class FakeInteractionRoutes
{
    private static readonly TimeSpan CallbackDeadline = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
    private static readonly HashSet<string> ModalFields = ["custom_id", "title", "components"];
    private static readonly HashSet<string> AutocompleteFields = ["choices"];

    public static IEnumerable<FakeRoute> All() =>
    [
        new("POST", "/interactions/{interaction_id}/{interaction_token}/callback", Callback),
        new("POST", "/webhooks/{webhook_id}/{webhook_token}", Followup),
        new("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", call => WithOriginal(call, (_, message) => FakeRestAnswer.Ok(FakeJson.Message(call.State, message)))),
        new("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", call => WithOriginal(call, (_, message) => Edit(call, message))),
        new("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", call => WithOriginal(call, (_, message) => Delete(call, message))),
        new("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", call => WithFollowup(call, message => Edit(call, message))),
        new("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", call => WithFollowup(call, message => Delete(call, message))),
    ];

    private static FakeRestAnswer Callback(FakeCall call)
    {
        var state = call.State;
        if (!state.Interactions.TryGetValue(call.Id("interaction_id"), out var interaction)
            || interaction.Token != call.Values["interaction_token"])
        {
            return FakeRestErrors.UnknownInteraction();
        }

        if (interaction.CallbackType is not null)
        {
            return FakeRestErrors.AlreadyAcknowledged();
        }

        if (call.ReceivedAt - interaction.CreatedAt > CallbackDeadline)
        {
            return FakeRestErrors.UnknownInteraction();
        }

        var body = call.Body;
        var type = body["type"]?.GetValueKind() == JsonValueKind.Number ? body["type"]!.GetValue<int>() : 0;
        if (CheckCallback(interaction, type, body, call.Files) is { } refused)
        {
            return refused;
        }

        interaction.CallbackType = type;
        var data = body["data"] as JsonObject ?? [];
        switch (type)
        {
            case 4 or 5:
                var original = state.AddMessage(interaction.ChannelId, state.Bot.Id, data, call.Files, state.Options.ApplicationId);
                interaction.OriginalMessageId = original.Id;
                break;
            case 7 when interaction.MessageId is { } messageId && state.Messages.TryGetValue(messageId, out var shown):
                FakeRestState.Apply(shown, data, call.Files);
                shown.EditedAt = state.Now;
                break;
            case 8 or 9:
                interaction.CallbackData = data.ToJsonString();
                break;
        }

        return FakeRestAnswer.NoContent();
    }

    private static FakeRestAnswer? CheckCallback(FakeInteraction interaction, int type, JsonObject body, IReadOnlyList<RecordedFile> files)
    {
        var errors = new FakeFieldErrors();
        foreach (var (name, _) in body.Where(field => field.Key is not ("type" or "data")))
        {
            errors.Unknown(name);
        }

        var suits = type switch
        {
            1 => interaction.Type == 1,
            4 or 5 => interaction.Type is 2 or 3 or 5,
            6 or 7 => interaction.Type is 3 or 5,
            8 => interaction.Type == 4,
            9 => interaction.Type is 2 or 3,
            _ => false,
        };
        if (!suits)
        {
            errors.Add("type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9}.");
        }

        if (errors.Any)
        {
            return FakeRestErrors.InvalidFormBody(errors);
        }

        var data = body["data"];
        return type switch
        {
            4 => FakeMessageRoutes.Refuse(data, FakeMessageRules.CallbackMessageFields, files, mustHaveContent: true),
            7 => FakeMessageRoutes.Refuse(data ?? new JsonObject(), FakeMessageRules.CallbackMessageFields, files, mustHaveContent: false),
            8 => FakeMessageRoutes.Refuse(data, AutocompleteFields, files, mustHaveContent: false),
            9 => CheckModal(data as JsonObject),
            _ => null,
        };
    }

    private static FakeRestAnswer? CheckModal(JsonObject? data)
    {
        var errors = new FakeFieldErrors();
        if (data is null)
        {
            errors.Required("data");
            return FakeRestErrors.InvalidFormBody(errors);
        }

        foreach (var (name, _) in data.Where(field => !ModalFields.Contains(field.Key)))
        {
            errors.Unknown($"data.{name}");
        }

        if (data["custom_id"]?.ToString() is not { Length: >= 1 and <= 100 })
        {
            errors.Add("data.custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        if (data["title"]?.ToString() is not { Length: >= 1 and <= 45 })
        {
            errors.Add("data.title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
        }

        if (data["components"] is JsonArray rows)
        {
            FakeMessageRules.CheckRows(rows, "data.components", errors);
        }
        else
        {
            errors.Required("data.components");
        }

        return errors.Any ? FakeRestErrors.InvalidFormBody(errors) : null;
    }

    private static FakeRestAnswer Followup(FakeCall call)
    {
        if (Webhook(call, out var refusal) is not { } interaction)
        {
            return refusal;
        }

        if (FakeMessageRoutes.Refuse(call.Json, FakeMessageRules.WebhookFields, call.Files, mustHaveContent: true) is { } invalid)
        {
            return invalid;
        }

        var state = call.State;
        return FakeRestAnswer.Ok(FakeJson.Message(state, state.AddMessage(interaction.ChannelId, state.Bot.Id, call.Body, call.Files, state.Options.ApplicationId)));
    }

    private static FakeRestAnswer WithOriginal(FakeCall call, Func<FakeInteraction, FakeMessage, FakeRestAnswer> then)
    {
        if (Webhook(call, out var refusal) is not { } interaction)
        {
            return refusal;
        }

        return interaction.OriginalMessageId is { } id && call.State.Messages.TryGetValue(id, out var message)
            ? then(interaction, message)
            : FakeRestErrors.UnknownMessage();
    }

    private static FakeRestAnswer WithFollowup(FakeCall call, Func<FakeMessage, FakeRestAnswer> then)
    {
        if (Webhook(call, out var refusal) is not { } interaction)
        {
            return refusal;
        }

        return call.State.Messages.TryGetValue(call.Id("message_id"), out var message) && message.ChannelId == interaction.ChannelId && message.WebhookId is not null
            ? then(message)
            : FakeRestErrors.UnknownMessage();
    }

    private static FakeRestAnswer Edit(FakeCall call, FakeMessage message)
    {
        if (FakeMessageRoutes.Refuse(call.Json, FakeMessageRules.EditFields, call.Files, mustHaveContent: false) is { } invalid)
        {
            return invalid;
        }

        FakeRestState.Apply(message, call.Body, call.Files);
        message.EditedAt = call.State.Now;
        return FakeRestAnswer.Ok(FakeJson.Message(call.State, message));
    }

    private static FakeRestAnswer Delete(FakeCall call, FakeMessage message)
    {
        call.State.Messages.Remove(message.Id);
        return FakeRestAnswer.NoContent();
    }

    /// <summary>The interaction whose token this webhook route carries, if it is acknowledged and not expired.</summary>
    /// <summary>
    /// The interaction whose token the webhook route names. Like Discord: an unknown one is 404 10015, and one past its
    /// 15 minutes is 401 50027, an answer about the interaction's token, not the bot's.
    /// </summary>
    private static FakeInteraction? Webhook(FakeCall call, out FakeRestAnswer refusal)
    {
        var state = call.State;
        var interaction = call.Id("webhook_id") == state.Options.ApplicationId
            ? state.Interactions.Values.FirstOrDefault(candidate => candidate.Token == call.Values["webhook_token"] && candidate.CallbackType is not null)
            : null;
        if (interaction is null)
        {
            refusal = FakeRestErrors.UnknownWebhook();
            return null;
        }

        if (call.ReceivedAt - interaction.CreatedAt > TokenLifetime)
        {
            refusal = FakeRestErrors.InvalidWebhookToken();
            return null;
        }

        refusal = null!;
        return interaction;
    }
}
