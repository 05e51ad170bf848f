using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Engine;

/// <summary>
/// Keeps an anonymous need anonymous when a command about it is typed in a group, where everyone sees who typed what.
/// Everything said about such a need then goes to the person alone, so the group sees the same whether or not the person
/// who typed it is the one who asked; and the requester's own commands about it are carried out only from the private
/// chat, because what they do in the group (a withdrawn need, a thank-you post) would tie her to it.
/// </summary>
internal static class AnonymousNeeds
{
    /// <summary>Whether the need's requester is still unknown to the group and the command was typed there.</summary>
    public static bool Shielded(CommandContext ctx, Need need) => ctx.InGroup && need.IsAnonymous && !need.RequesterRevealed;

    /// <summary>
    /// Runs a command about a need that may be anonymous: unchanged if it isn't shielded; otherwise answered only to
    /// the person, and for the requester not carried out but redirected to the private chat.
    /// </summary>
    public static Problem? Guard(CommandContext ctx, Need need, string command, Func<Problem?> handle)
    {
        if (!Shielded(ctx, need))
        {
            return handle();
        }

        ctx.AnswerOnlyThePerson();
        if (need.IsRequester(ctx.Actor.Id))
        {
            ctx.ReplyPrivately(new MessageBuilder()
                .Add("To keep ").Bold($"#{need.Number}").Add(" anonymous, I only act on it from our private chat: send ")
                .Command($"{command} {need.Number}").Add(" here.")
                .Build());
            return null;
        }

        return handle() is { } problem ? problem with { OnlyToThePerson = true } : null;
    }
}
