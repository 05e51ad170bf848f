namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>A field of a method or type in api.json ("Array of Message", "Integer or String", ...).</summary>
public sealed record SpecField(string Name, IReadOnlyList<string> Types, bool Required);
