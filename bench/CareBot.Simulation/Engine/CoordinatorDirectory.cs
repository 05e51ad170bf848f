using CareBot.Core.Platforms;

namespace CareBot.Simulation.Engine;

/// <summary>The platform's word on admins: only the simulation's coordinator, who sets the group's agreements for a policy.</summary>
internal sealed class CoordinatorDirectory(UserRef coordinator) : IAdminDirectory
{
    public string Platform => coordinator.Platform;

    public Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken) =>
        Task.FromResult(user == coordinator);
}
