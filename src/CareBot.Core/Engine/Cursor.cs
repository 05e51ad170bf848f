namespace CareBot.Core.Engine;

/// <summary>A named position (e.g. "telegram:update" = "1234") saved atomically with the change it caused.</summary>
public sealed record Cursor(string Name, string Value);
