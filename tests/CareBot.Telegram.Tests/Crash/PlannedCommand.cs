using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>One of the thousand: who types what where, and the messages it must cause.</summary>
internal sealed record PlannedCommand(CrashMember By, FakeChat Chat, string Text, IReadOnlyList<Expectation> Expected);
