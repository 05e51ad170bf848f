using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>A message a command must cause, recognised by what its reader sees: at least one copy must arrive.</summary>
internal sealed record Expectation(FakeChat Chat, string What, Func<string, bool> Matches)
{
    public static Expectation Containing(FakeChat chat, params string[] parts) =>
        new(chat, string.Join(" … ", parts), text => parts.All(part => text.Contains(part, StringComparison.Ordinal)));
}
