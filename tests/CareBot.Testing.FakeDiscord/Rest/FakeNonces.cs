using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// Discord's message nonce: up to 25 characters (longer is a 50035), and with <c>enforce_nonce</c> a nonce the same
/// author used in the last few minutes, in any channel, returns that message instead of posting a new one. Older
/// messages are forgotten: the same nonce later posts again.
/// </summary>
internal static class FakeNonces
{
    public const int MaxLength = 25;

    /// <summary>How long Discord remembers a nonce; it says "the past few minutes".</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(2);

    /// <summary>A 50035 for a nonce that is too long, or null when it is fine (or absent).</summary>
    public static FakeRestAnswer? Refuse(JsonObject payload)
    {
        if (payload["nonce"] is not JsonValue nonce || nonce.GetValueKind() != JsonValueKind.String || nonce.GetValue<string>().Length <= MaxLength)
        {
            return null;
        }

        var errors = new FakeFieldErrors();
        errors.MaxLength("nonce", MaxLength);
        return FakeRestErrors.InvalidFormBody(errors);
    }

    /// <summary>The message <paramref name="authorId"/> already posted with this enforced nonce within <see cref="Memory"/>, if any.</summary>
    public static FakeMessage? Earlier(FakeRestState state, ulong authorId, JsonObject payload)
    {
        if (payload["enforce_nonce"]?.GetValue<bool>() != true || payload["nonce"]?.ToString() is not { } nonce)
        {
            return null;
        }

        return state.Messages.Values
            .Where(message => message.AuthorId == authorId && message.Nonce == nonce && state.Now - message.CreatedAt < Memory)
            .OrderBy(message => message.Id)
            .FirstOrDefault();
    }
}
