namespace CareBot.Core.Platforms;

/// <summary>
/// Asks a platform whether a person is an admin of a group (Telegram chat administrators, Discord
/// Administrator or Manage Server). Adapters implement it; the engine decides what needs admin rights.
/// </summary>
public interface IAdminDirectory
{
    /// <summary>The platform this directory answers for.</summary>
    string Platform { get; }

    Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken);
}
