using System.Text.Json;
using CareBot.Core.Platforms;

namespace CareBot.Core.Linking;

/// <summary>What an issued code links (a group's space, or a person's account) and until when it works.</summary>
internal sealed record LinkTicket(LinkKind Kind, string Subject, DateTimeOffset ExpiresAt)
{
    public static string SubjectOf(SpaceRef space) => $"space:{space.Key}";

    public static string SubjectOf(UserRef user) => $"user:{user.Key}";

    /// <summary>The space of a <see cref="LinkKind.Space"/> ticket.</summary>
    public SpaceRef Space() => Kind == LinkKind.Space ? ParseKey(Subject, "space:", (p, id) => new SpaceRef(p, id)) : throw new InvalidOperationException("Not a group's code.");

    /// <summary>The account of a <see cref="LinkKind.Person"/> ticket.</summary>
    public UserRef User() => Kind == LinkKind.Person ? ParseKey(Subject, "user:", (p, id) => new UserRef(p, id)) : throw new InvalidOperationException("Not a person's code.");

    public string Format() => JsonSerializer.Serialize(this);

    public static LinkTicket? Parse(string? stored) => stored is null ? null : JsonSerializer.Deserialize<LinkTicket>(stored);

    private static T ParseKey<T>(string subject, string prefix, Func<string, string, T> make)
    {
        var key = subject[prefix.Length..];
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return make(key[..colon], key[(colon + 1)..]);
    }
}
