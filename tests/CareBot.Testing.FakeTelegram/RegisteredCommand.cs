namespace CareBot.Testing.FakeTelegram;

/// <summary>One entry of a command menu set with setMyCommands.</summary>
public sealed record RegisteredCommand(string Command, string Description);
