using CareBot.Core.Commands;

namespace CareBot.Core.Engine;

/// <summary>Every command the engine knows, by name and alias, in the order /help lists them.</summary>
internal sealed class CommandRegistry
{
    private readonly Dictionary<string, CommandHandler> _byName = new(StringComparer.Ordinal);

    public CommandRegistry(IEnumerable<CommandHandler> handlers)
    {
        All = [.. handlers];
        foreach (var handler in All)
        {
            foreach (var name in handler.Aliases.Prepend(handler.Name))
            {
                if (!_byName.TryAdd(name, handler))
                {
                    throw new InvalidOperationException($"Two commands are called /{name}.");
                }
            }
        }
    }

    public static CommandRegistry Default { get; } = new(
    [
        new HelpCommand(), new StartCommand(), new NeedCommand(), new OfferCommand(), new NeedsCommand(), new ClaimCommand(),
        new PassCommand(), new DoneCommand(), new ThanksCommand(), new CancelCommand(), new MineCommand(), new OffersCommand(), new WithdrawCommand(),
        new CategoriesCommand(),
        new MapCommand(), new FlowCommand(), new MeCommand(), new PauseCommand(), new ResumeCommand(), new AgreementsCommand(),
        new AgreeCommand(), new LinkCommand(), new UnlinkCommand(), new ExportCommand(), new ForgetCommand(), new KeepCommand(), new NotYetCommand(),
        new FellThroughCommand(), new RevealCommand(), new CheckInCommand(), new StillOnCommand(),
    ]);

    public IReadOnlyList<CommandHandler> All { get; }

    public IEnumerable<CommandHandler> Listed => All.Where(h => h.ListedInHelp);

    public CommandHandler? Find(string name) => _byName.GetValueOrDefault(name);
}
