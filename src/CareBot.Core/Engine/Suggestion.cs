namespace CareBot.Core.Engine;

/// <summary>One value a person may pick: <see cref="Label"/> is what they read, <see cref="Value"/> what the command takes.</summary>
public sealed record Suggestion(string Label, string Value);
