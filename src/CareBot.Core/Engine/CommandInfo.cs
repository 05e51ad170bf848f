namespace CareBot.Core.Engine;

/// <summary>A command as platform menus show it.</summary>
public sealed record CommandInfo(string Name, string Summary, string Usage)
{
    /// <summary>Only group admins may use it at all, so a platform may hide it from everyone else (the engine checks again).</summary>
    public bool AdminOnly { get; init; }
}
