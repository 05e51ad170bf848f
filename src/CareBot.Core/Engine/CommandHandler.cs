using CareBot.Core.Messages;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// One command: one engine operation reached from every adapter. It runs inside a transaction and
/// returns a <see cref="Problem"/> (which rolls everything back) or null when it did its work.
/// </summary>
internal abstract class CommandHandler
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>How to type it, for /help and for errors: "/need &lt;what you need&gt;".</summary>
    public abstract string Usage { get; }

    public abstract string Summary { get; }

    public virtual bool ListedInHelp => true;

    /// <summary>Whether the engine must ask the platform if the actor is an admin before running it.</summary>
    public virtual bool ChecksAdmin => false;

    /// <summary>Whether admin rights matter where this one was typed; by default wherever it checks them at all.</summary>
    public virtual bool ChecksAdminIn(Conversation where) => ChecksAdmin;

    /// <summary>Whether it is for admins alone (not merely more powerful for them), so menus may hide it from others.</summary>
    public virtual bool AdminOnly => false;

    /// <summary>Whether it works on every community the person belongs to (/export, /forget), not just this one.</summary>
    public virtual bool SpansCommunities => false;

    /// <summary>
    /// Whether it acts on one community, so someone in several must say which when they type it in a private chat
    /// (see <see cref="CommunityChoice"/>); commands that cover every community, and the introductions, don't.
    /// </summary>
    public virtual bool NeedsOneCommunity => !SpansCommunities;

    /// <summary>
    /// The need or offer text in these arguments, when the command reads one: the engine has the sentence model read it
    /// before taking the write lock. A guess is fine: the command reads its text again if it turns out otherwise.
    /// </summary>
    public virtual string? TextToRead(string arguments, DateTimeOffset now) => null;

    /// <summary>Whether the text it reads is also read for danger (a need's is): that too is done before the write lock.</summary>
    public virtual bool ReadsDanger => false;

    public abstract Problem? Handle(CommandContext ctx);

    /// <summary>
    /// What it says to someone who is in no community yet (a private chat before they used any group): by default,
    /// where to begin. The introductions override it.
    /// </summary>
    public virtual OutgoingMessage ForStranger(IStoreSession session, UserRef user, DateTimeOffset now) =>
        OutgoingMessage.Text("I don't know which group you're in yet. Add me to your group chat and use commands there first; then you can use them here too.");

    /// <summary>The introduction for someone in no community yet: what CareBot is, and how to begin.</summary>
    protected static OutgoingMessage Introduction() => new MessageBuilder()
        .Append(HelpText.Build(null, new Communities.Agreements(), CommandRegistry.Default.Listed))
        .Line("Add me to your group chat and say /start there; then you can use these commands here too.")
        .Build();

    protected Problem UsageProblem(string why) => new($"{why} Try {Usage}.");
}
