namespace CareBot.Testing.FakeTelegram.State;

/// <summary>Command menus per (scope, language), as setMyCommands stores them.</summary>
internal sealed class CommandRegistry
{
    private readonly Dictionary<(CommandScope Scope, string Language), IReadOnlyList<RegisteredCommand>> _menus = [];

    public IReadOnlyList<RegisteredCommand>? Get(CommandScope scope, string language) => _menus.GetValueOrDefault((scope, language));

    /// <summary>An empty list is a deletion, as on the server.</summary>
    public void Set(CommandScope scope, string language, IReadOnlyList<RegisteredCommand> commands)
    {
        if (commands.Count == 0)
        {
            Delete(scope, language);
            return;
        }

        _menus[(scope, language)] = commands;
    }

    public void Delete(CommandScope scope, string language) => _menus.Remove((scope, language));

    public IReadOnlyDictionary<(CommandScope Scope, string Language), IReadOnlyList<RegisteredCommand>> All() =>
        new Dictionary<(CommandScope, string), IReadOnlyList<RegisteredCommand>>(_menus);
}
