using CareBot.Core.Platforms;

namespace CareBot.ConsoleAdapter;

/// <summary>Who is an admin of which console group, as set by <c>:admin</c>; kept with the database, so it lasts across runs.</summary>
public sealed class ConsoleAdminDirectory(ConsoleMemory memory) : IAdminDirectory
{
    public string Platform => KnownPlatforms.Console;

    public void Grant(string user, string group) => memory.RememberAdmin(user, group);

    public Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken) =>
        Task.FromResult(memory.IsAdmin(user.UserId, space.ChatId));
}
