namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>A start tag waiting for its end tag: where its text began, and its one meaningful attribute.</summary>
internal sealed record OpenTag(string Name, string? Argument, int TextOffset);
