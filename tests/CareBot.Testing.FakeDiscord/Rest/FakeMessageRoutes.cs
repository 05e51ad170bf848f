using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Channel messages: create (with nonce de-duplication), read, edit, delete; DM and permission refusals.</summary>
internal static class FakeMessageRoutes
{
    public static IEnumerable<FakeRoute> All() =>
    [
        new("POST", "/channels/{channel_id}/messages", Create),
        new("GET", "/channels/{channel_id}/messages/{message_id}", call => Find(call, out var message) ?? FakeRestAnswer.Ok(FakeJson.Message(call.State, message!))),
        new("PATCH", "/channels/{channel_id}/messages/{message_id}", Edit),
        new("DELETE", "/channels/{channel_id}/messages/{message_id}", Delete),
    ];

    /// <summary>Validates a message payload: a 50035 with field errors, a 50006 when empty, or null when fine.</summary>
    public static FakeRestAnswer? Refuse(JsonNode? json, IReadOnlySet<string> fields, IReadOnlyList<RecordedFile> files, bool mustHaveContent)
    {
        if (files.Sum(file => (long)file.Content.Length) > FakeMessageRules.MaxUploadBytes)
        {
            return FakeRestErrors.Error(413, 40005, "Request entity too large");
        }

        if (json is not JsonObject payload)
        {
            var errors = new FakeFieldErrors();
            errors.Add("", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return FakeRestErrors.InvalidFormBody(errors);
        }

        var problems = new FakeFieldErrors();
        FakeMessageRules.Check(payload, fields, files.Count, problems);
        if (problems.Any)
        {
            return FakeRestErrors.InvalidFormBody(problems);
        }

        return mustHaveContent && FakeMessageRules.IsEmpty(payload, files.Count) ? FakeRestErrors.EmptyMessage() : null;
    }

    private static FakeRestAnswer Create(FakeCall call)
    {
        var state = call.State;
        if (ChannelRefusal(call, out var channel) is { } refused)
        {
            return refused;
        }

        if (channel!.RecipientId is { } recipient && !state.Users[recipient].AcceptsDirectMessages)
        {
            return FakeRestErrors.CannotMessageUser();
        }

        if (Refuse(call.Json, FakeMessageRules.CreateFields, call.Files, mustHaveContent: true) is { } invalid)
        {
            return invalid;
        }

        var payload = call.Body;
        if (FakeNonces.Refuse(payload) is { } badNonce)
        {
            return badNonce;
        }

        if (FakeNonces.Earlier(state, state.Bot.Id, payload) is { } earlier)
        {
            // Discord's answer to a repeated nonce: the message already made, not a second one.
            return FakeRestAnswer.Ok(FakeJson.Message(state, earlier));
        }

        return FakeRestAnswer.Ok(FakeJson.Message(state, state.AddMessage(channel.Id, state.Bot.Id, payload, call.Files)));
    }

    private static FakeRestAnswer Edit(FakeCall call)
    {
        if (Find(call, out var message) is { } missing)
        {
            return missing;
        }

        if (Refuse(call.Json, FakeMessageRules.EditFields, call.Files, mustHaveContent: false) is { } invalid)
        {
            return invalid;
        }

        if (message!.AuthorId != call.State.Bot.Id)
        {
            return FakeRestErrors.Error(403, 50005, "Cannot edit a message authored by another user");
        }

        FakeRestState.Apply(message, call.Body, call.Files);
        message.EditedAt = call.State.Now;
        return FakeRestAnswer.Ok(FakeJson.Message(call.State, message));
    }

    private static FakeRestAnswer Delete(FakeCall call)
    {
        if (Find(call, out var message) is { } missing)
        {
            return missing;
        }

        call.State.Messages.Remove(message!.Id);
        return FakeRestAnswer.NoContent();
    }

    private static FakeRestAnswer? Find(FakeCall call, out FakeMessage? message)
    {
        message = null;
        if (ChannelRefusal(call, out var channel) is { } refused)
        {
            return refused;
        }

        return call.State.Messages.TryGetValue(call.Id("message_id"), out message) && message.ChannelId == channel!.Id
            ? null
            : FakeRestErrors.UnknownMessage();
    }

    private static FakeRestAnswer? ChannelRefusal(FakeCall call, out FakeChannel? channel)
    {
        if (!call.State.Channels.TryGetValue(call.Id("channel_id"), out channel))
        {
            return FakeRestErrors.UnknownChannel();
        }

        return channel.Access switch
        {
            FakeChannelAccess.MissingAccess => FakeRestErrors.MissingAccess(),
            FakeChannelAccess.MissingPermissions => FakeRestErrors.MissingPermissions(),
            _ => null,
        };
    }
}
