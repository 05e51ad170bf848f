using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Users, DM channels, guilds, roles, members, channels and the gateway's address.</summary>
internal static class FakeDirectoryRoutes
{
    public static IEnumerable<FakeRoute> All() =>
    [
        new("GET", "/gateway/bot", GatewayBot),
        new("GET", "/users/@me", call => FakeRestAnswer.Ok(Me(call.State))),
        new("GET", "/users/{user_id}", call => call.State.Users.TryGetValue(call.Id("user_id"), out var user) ? FakeRestAnswer.Ok(FakeJson.User(user)) : FakeRestErrors.UnknownUser()),
        new("POST", "/users/@me/channels", CreateDirectMessage),
        new("GET", "/guilds/{guild_id}", call => call.State.Guilds.TryGetValue(call.Id("guild_id"), out var guild) ? FakeRestAnswer.Ok(FakeJson.Guild(guild)) : FakeRestErrors.UnknownGuild()),
        new("GET", "/guilds/{guild_id}/roles", call => call.State.Guilds.TryGetValue(call.Id("guild_id"), out var guild)
            ? FakeRestAnswer.Ok(new JsonArray([.. guild.Roles.Select(role => (JsonNode)FakeJson.Role(role))]))
            : FakeRestErrors.UnknownGuild()),
        new("GET", "/guilds/{guild_id}/members/{user_id}", Member),
        new("GET", "/channels/{channel_id}", call => call.State.Channels.TryGetValue(call.Id("channel_id"), out var channel)
            ? FakeRestAnswer.Ok(FakeJson.Channel(call.State, channel))
            : FakeRestErrors.UnknownChannel()),
    ];

    private static FakeRestAnswer GatewayBot(FakeCall call)
    {
        var options = call.State.Options;
        return FakeRestAnswer.Ok(new JsonObject
        {
            ["url"] = options.GatewayUrl.ToString().TrimEnd('/'),
            ["shards"] = options.Shards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = options.SessionStartLimit.Total,
                ["remaining"] = options.SessionStartLimit.Remaining,
                ["reset_after"] = (long)options.SessionStartLimit.ResetAfter.TotalMilliseconds,
                ["max_concurrency"] = options.SessionStartLimit.MaxConcurrency,
            },
        });
    }

    private static JsonObject Me(FakeRestState state)
    {
        var me = FakeJson.User(state.Bot);
        me["mfa_enabled"] = false;
        me["locale"] = "en-US";
        me["verified"] = true;
        return me;
    }

    private static FakeRestAnswer CreateDirectMessage(FakeCall call)
    {
        var errors = new FakeFieldErrors();
        foreach (var (name, _) in call.Body.Where(field => field.Key is not ("recipient_id" or "access_tokens" or "nicks")))
        {
            errors.Unknown(name);
        }

        if (!ulong.TryParse(call.Body["recipient_id"]?.ToString(), out var userId))
        {
            errors.Required("recipient_id");
        }

        if (errors.Any)
        {
            return FakeRestErrors.InvalidFormBody(errors);
        }

        if (!call.State.Users.ContainsKey(userId))
        {
            return FakeRestErrors.UnknownUser();
        }

        var state = call.State;
        var channel = state.Channels.Values.FirstOrDefault(existing => existing.RecipientId == userId)
            ?? new FakeChannel(state.NextId(), 1, null, null, userId);
        state.Channels[channel.Id] = channel;
        return FakeRestAnswer.Ok(FakeJson.Channel(state, channel));
    }

    private static FakeRestAnswer Member(FakeCall call)
    {
        if (!call.State.Guilds.TryGetValue(call.Id("guild_id"), out var guild))
        {
            return FakeRestErrors.UnknownGuild();
        }

        return guild.Members.ContainsKey(call.Id("user_id"))
            ? FakeRestAnswer.Ok(FakeJson.Member(call.State, guild, call.Id("user_id")))
            : FakeRestErrors.UnknownMember();
    }
}
