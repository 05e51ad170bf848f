using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Commands;

/// <summary>
/// /claim n, "I can help": commits to a need; the requester is told and the two are put in touch. An
/// anonymous requester learns who the helper is, and is asked whether to share their own name.
/// </summary>
internal sealed class ClaimCommand : NeedCommandHandler
{
    public override string Name => "claim";

    public override IReadOnlyList<string> Aliases => ["help_with"];

    public override string Usage => "/claim <need number>";

    public override string Summary => "\"I can help\": take on a need";

    protected override Problem? Handle(CommandContext ctx, Need need)
    {
        var helper = ctx.Actor;
        var before = CommunityContext.ActiveHelpers(need);
        var problem = need.Claim(helper.Id, ctx.Now);
        if (problem is not null)
        {
            return problem;
        }

        // Checked after the need's own rules, so a second press of "I can help" hears "you're already helping";
        // a refusal here rolls the claim back (the need was read for this command only).
        var commitments = ctx.Set.CommitmentsOf(helper.Id);
        if (commitments >= helper.Cap)
        {
            return new Problem(
                $"You're already helping with {Words.Count(commitments, "need")}, your cap. Thank you! " +
                "Finish one with /done, or raise your cap with /me cap <n>.");
        }

        ctx.Save(need, before);
        var requester = need.RequesterId is { } id ? ctx.Set.Member(id) : null;
        ctx.ReplyPrivately(HelperMessage(ctx, need, requester), NeedAsker.OptionalId(need.RequesterId));
        if (requester is not null)
        {
            ctx.SendPrivately(requester, RequesterMessage(ctx, need, helper), NotificationKind.Notice, [helper.Id]);
        }

        var post = new MessageBuilder().Add("✋ ").Bold($"#{need.Number}").Add(" has a helper: thank you, ").Add(NeedCards.Person(helper)).Add("!");
        if (need.State == NeedState.Open)
        {
            post.Add($" {need.HelpersWanted - need.HelperIds.Count} more wanted.").Button("I can help", $"/claim {need.Number}");
        }

        ctx.PostToGroup(post.Build(), [helper.Id]);
        return null;
    }

    private static OutgoingMessage HelperMessage(CommandContext ctx, Need need, Member? requester)
    {
        var builder = new MessageBuilder().Add("Thank you! You're helping with ").Bold($"#{need.Number}").Add(": ").Quote(NeedCards.Clip(need.Text, 200)).Line();
        if (requester is null)
        {
            builder.Line("The person who asked has since left; there's no one to contact.");
        }
        else if (need.IsAnonymous && !need.RequesterRevealed)
        {
            builder.Line("They asked anonymously. I've told them your name and asked whether they'd like to share theirs; I'll let you know.");
        }
        else
        {
            builder.Add("I've let ").Add(NeedCards.Requester(ctx, need, ctx.Actor.Id)).Add(" know, so you can message them directly.").Line();
        }

        return builder
            .Button("Mark done", $"/done {need.Number}")
            .Button("I can't after all", $"/pass {need.Number}")
            .Build();
    }

    private static OutgoingMessage RequesterMessage(CommandContext ctx, Need need, Member helper)
    {
        var builder = new MessageBuilder()
            .Add("Good news: ").Add(NeedCards.Person(helper)).Add(" can help with ").Bold($"#{need.Number}").Add(": ")
            .Quote(NeedCards.Clip(need.Text, 200)).Line()
            .Add("You can reach them directly: ").Add(NeedCards.Person(helper)).Line();
        if (need.IsAnonymous && !need.RequesterRevealed)
        {
            builder.Line("They don't know who you are. Share your name with them only if you'd like to.")
                .Button("Share my name", $"/reveal {need.Number}");
        }

        return builder
            .Button("It's done", $"/done {need.Number}")
            .Button("It fell through", $"/fellthrough {need.Number}")
            .Build();
    }
}
