using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// One of the fifty: their account, their group and their private chat with the bot, and what the run must leave of
/// their commands in the database (their offers, the cap they set last).
/// </summary>
internal sealed class CrashMember(FakeUser user, FakeChat group, FakeChat privateChat, int index)
{
    public FakeUser User { get; } = user;

    public FakeChat Group { get; } = group;

    public FakeChat Private { get; } = privateChat;

    /// <summary>Their place in their group, which decides what they offer.</summary>
    public int Index { get; } = index;

    public string Name => User.FirstName;

    /// <summary>The tag of each offer they make, in order: each must be stored exactly once.</summary>
    public List<string> OfferTags { get; } = [];

    /// <summary>The cap they set last with /me, or null if they never do.</summary>
    public int? Cap { get; set; }
}
