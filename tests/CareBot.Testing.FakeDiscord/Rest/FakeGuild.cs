namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A guild, its roles (the first is @everyone, with the guild's id) and its members with their role ids.</summary>
public sealed class FakeGuild(ulong id, string name, ulong ownerId)
{
    public ulong Id => id;

    public string Name => name;

    public ulong OwnerId => ownerId;

    internal List<FakeRole> Roles { get; } = [];

    internal Dictionary<ulong, List<ulong>> Members { get; } = [];
}
