namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// A Discord account in the fake. One who does not accept DMs makes messages to their DM channel fail with 50007; they
/// may change that setting later (<see cref="FakeDiscordRestServer.SetAcceptsDirectMessages"/>), as a person can.
/// </summary>
public sealed record FakeUser(ulong Id, string Username, bool IsBot = false)
{
    public bool AcceptsDirectMessages { get; internal set; } = true;
}
