using CareBot.Core.Storage;

namespace CareBot.Discord.Storage;

/// <summary>
/// The adapter's few small facts (which channel a server's posts go to, the hash of the registered commands, when
/// the bot identified) kept as named markers in CareBot's store, beside the engine's cursors, so they survive restarts
/// and backups with everything else. Names start with "discord:" so they never meet the engine's.
/// </summary>
public sealed class AdapterMarkers(ICareStore store)
{
    public string? Get(string name) => store.Read(session => session.Cursors.Get(name));

    public void Set(string name, string value) => store.Write(session =>
    {
        session.Cursors.Set(name, value);
        return true;
    });

    public static string CommandsHash(string scope) => $"discord:commands:{scope}";

    public static string SpaceChannel(string guildId) => $"discord:channel:{guildId}";

    public const string Identifies = "discord:identifies";
}
