using CareBot.Core.Platforms;

namespace CareBot.Core.Members;

/// <summary>One of a member's accounts: the platform, its user id there, and the name it shows.</summary>
public sealed class Identity
{
    private Identity()
    {
        Platform = "";
        UserId = "";
        DisplayName = "";
    }

    public Identity(UserRef user, string displayName)
    {
        Platform = user.Platform;
        UserId = user.UserId;
        DisplayName = displayName;
    }

    public string Platform { get; private set; }

    public string UserId { get; private set; }

    public string DisplayName { get; internal set; }

    public UserRef Ref => new(Platform, UserId);
}
