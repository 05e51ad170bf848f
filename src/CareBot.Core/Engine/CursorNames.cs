using CareBot.Core.Platforms;

namespace CareBot.Core.Engine;

/// <summary>Names of the small markers the engine and adapters keep, in one place so /forget can find them.</summary>
public static class CursorNames
{
    /// <summary>Set once a person was invited in the group to open a private chat, so they are invited only once.</summary>
    public static string Invited(UserRef user) => $"invited:{user.Key}";

    /// <summary>The last update of a platform that was handled.</summary>
    public static string LastUpdate(string platform) => $"update:{platform}";
}
