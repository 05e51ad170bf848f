using CareBot.Core.Platforms;

namespace CareBot.ConsoleAdapter;

/// <summary>Who is an admin of which console group, as set by <c>:admin</c>.</summary>
public sealed class ConsoleAdminDirectory : IAdminDirectory
{
    private readonly HashSet<(string User, string Group)> _admins = [];
    private readonly Lock _lock = new();

    public string Platform => KnownPlatforms.Console;

    public void Grant(string user, string group)
    {
        lock (_lock)
        {
            _admins.Add((user, group));
        }
    }

    public Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_admins.Contains((user.UserId, space.ChatId)));
        }
    }
}
