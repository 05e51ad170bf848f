namespace CareBot.Testing.FakeDiscord.Rest;

public sealed record FakeRole(ulong Id, string Name, ulong Permissions, int Position);
