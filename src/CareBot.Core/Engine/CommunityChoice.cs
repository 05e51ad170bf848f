using System.Globalization;
using CareBot.Core.Messages;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// Someone in several communities who types a command in a private chat is asked which community it is for, with a
/// button per community, instead of the bot guessing from where they spoke last. The command waits (a cursor) until
/// they choose; choosing is <c>/in &lt;community&gt;</c>, pressed or typed, also with a command after it
/// (<c>/in garden /need anon …</c>). Nothing is remembered as a default: the next command asks again.
/// </summary>
internal static class CommunityChoice
{
    public const string Command = "in";

    private const int ShownCommandLength = 80;

    /// <summary>
    /// The question, when the command needs one community and the person's private chat doesn't say which; it keeps the
    /// command until they choose. Null when there is nothing to ask (a group, a pressed button, one community).
    /// </summary>
    public static OutgoingMessage? Ask(IStoreSession session, Inbound inbound, CommandHandler handler)
    {
        var user = inbound.From.Ref;
        if (inbound.Where.IsGroup)
        {
            return null;
        }

        if (inbound.CommunityHint is not null || !handler.NeedsOneCommunity)
        {
            // Whatever waited for a choice has been answered or overtaken by a newer command.
            session.Cursors.Delete(CursorNames.CommunityChoice(user));
            return null;
        }

        var communities = CommunitiesOf(session, user);
        if (communities.Count < 2)
        {
            return null;
        }

        session.Cursors.Set(CursorNames.CommunityChoice(user), inbound.Text);
        var question = new MessageBuilder()
            .Line($"You're in {Words.List(communities.Select(c => c.Name))}. Which group is this for?")
            .Quote(NeedCards.Clip(inbound.Text, ShownCommandLength)).Line();
        foreach (var community in communities)
        {
            question.Button(community.Name, $"/{Command} {community.Id}", community.Id);
        }

        return question.Build();
    }

    /// <summary>
    /// Reads <c>/in &lt;community&gt; [command]</c>: the community (by number or name, among the person's own) and the
    /// command to run there, typed after it or waiting from the question.
    /// </summary>
    public static Result<(int CommunityId, string Command)> Resolve(IStoreSession session, UserRef user, string arguments)
    {
        var communities = CommunitiesOf(session, user);
        if (communities.Count == 0)
        {
            return Result<(int, string)>.Fail("I don't know which group you're in yet. Use a command in your group chat first.");
        }

        arguments = arguments.Trim();
        var slash = arguments.IndexOf('/', StringComparison.Ordinal);
        var named = (slash < 0 ? arguments : arguments[..slash]).Trim();
        var typed = slash < 0 ? null : arguments[slash..].Trim();
        var chosen = communities.FirstOrDefault(c => int.TryParse(named, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && c.Id == id)
            ?? communities.FirstOrDefault(c => string.Equals(c.Name, named, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return Result<(int, string)>.Fail($"Which group? You're in {Words.List(communities.Select(c => c.Name))}: /in <group> picks one.");
        }

        var command = typed ?? session.Cursors.Get(CursorNames.CommunityChoice(user));
        if (command is null || CommandParser.Parse(command) is not { } parsed || parsed.Name == Command)
        {
            return Result<(int, string)>.Fail($"There's nothing waiting for a group to be chosen. Type the command again, or /in {chosen.Name} /<command>.");
        }

        return Result<(int, string)>.Ok((chosen.Id, command));
    }

    private static List<Communities.Community> CommunitiesOf(IStoreSession session, UserRef user) =>
        [.. session.Members.FindByIdentity(user).Select(m => m.CommunityId).Distinct()
            .Select(session.Communities.Get).OfType<Communities.Community>().OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
}
