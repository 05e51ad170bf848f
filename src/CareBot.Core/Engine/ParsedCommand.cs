namespace CareBot.Core.Engine;

/// <summary>A command name (lower case, without the slash) and the text after it.</summary>
public sealed record ParsedCommand(string Name, string Arguments);
