namespace CareBot.Core.Engine;

/// <summary>A command as platform menus show it.</summary>
public sealed record CommandInfo(string Name, string Summary, string Usage);
