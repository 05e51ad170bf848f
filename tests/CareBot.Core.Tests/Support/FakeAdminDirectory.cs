using CareBot.Core.Platforms;

namespace CareBot.Core.Tests.Support;

/// <summary>The platform's word on who administers which group, as a test sets it.</summary>
internal sealed class FakeAdminDirectory(string platform = KnownPlatforms.Console) : IAdminDirectory
{
    private readonly HashSet<(string UserId, string Group)> _admins = [];

    public string Platform => platform;

    /// <summary>How many times the engine asked; admin rights must be checked by the engine, not assumed.</summary>
    public int Questions { get; private set; }

    public void Grant(string userId, string group) => _admins.Add((userId, group));

    public Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken)
    {
        Questions++;
        return Task.FromResult(_admins.Contains((user.UserId, space.ChatId)));
    }
}
