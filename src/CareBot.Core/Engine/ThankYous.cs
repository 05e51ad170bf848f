using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Safety;

namespace CareBot.Core.Engine;

/// <summary>
/// How thank-yous reach the group: signed by whoever wrote them, and never in a way that unmasks an anonymous requester.
/// "thank you Bob, from Alice x" on an anonymous need would tell the whole group who asked, so it waits for her word.
/// </summary>
internal static class ThankYous
{
    /// <summary>Whether posting <paramref name="words"/> about the need would tell the group who asked anonymously.</summary>
    public static bool WouldUnmask(CommunityContext ctx, Need need, string words) =>
        need.IsAnonymous && need.RequesterId is { } id && ctx.Set.Member(id) is { } requester && NamesInText.Names(words, requester);

    /// <summary>
    /// "Thanks from Alice: …" when the requester wrote it (named as the group may see her), "Bob says: …" for a helper's
    /// note: a helper's words are not put in the requester's mouth, nor labelled as thanks they did not give.
    /// </summary>
    public static void Signed(MessageBuilder post, CommunityContext ctx, Need need, Member author, string words)
    {
        if (need.IsRequester(author.Id))
        {
            post.Add("Thanks from ").Add(NeedCards.Requester(ctx, need, viewerId: null)).Add(": ").Quote(words).Line();
        }
        else
        {
            post.Add(NeedCards.Person(author)).Add(" says: ").Quote(words).Line();
        }
    }

    /// <summary>Asks the anonymous requester, privately, whether the held thank-you may be posted as written.</summary>
    public static void AskRequesterFirst(CommunityContext ctx, Need need)
    {
        if (need.RequesterId is not { } id || ctx.Set.Member(id) is not { } requester || need.HeldThanks is not { } words)
        {
            return;
        }

        var writer = need.HeldThanksBy == requester.Id ? "Your thank-you" : $"The note from {ctx.Set.Member(need.HeldThanksBy ?? 0)?.DisplayName ?? "your helper"}";
        ctx.SendPrivately(requester, new MessageBuilder()
            .Add($"{writer} for ").Bold($"#{need.Number}").Add(" has your name in it:").Line()
            .Quote(words).Line()
            .Add("You asked anonymously, so posting it would tell the group it was you. I've kept it back. ")
            .Add("Post it as written, keep it private, or write new words with ").Command($"/thanks {need.Number} <your words>").Add(".").Line()
            .Button("Post it as written", $"/thanks {need.Number} post")
            .Button("Keep it private", $"/thanks {need.Number} drop")
            .Build(), NotificationKind.Notice, NeedAsker.OptionalId(need.HeldThanksBy));
    }
}
