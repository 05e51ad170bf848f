using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/forget: after a confirmation, erases the person's data in every community they belong to.</summary>
internal sealed class ForgetCommand : CommandHandler
{
    public override string Name => "forget";

    public override string Usage => "/forget";

    public override string Summary => "erase your data (asks first)";

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx)
    {
        var answer = ctx.Arguments.Trim().ToLowerInvariant();
        if (answer == "keep")
        {
            ctx.ReplyPrivately(OutgoingMessage.Text("Okay, nothing was erased."));
            return null;
        }

        if (answer != "confirm")
        {
            ctx.ReplyPrivately(new MessageBuilder()
                .Line($"This erases your profile, offers and settings in {Words.List(ctx.Memberships.Select(m => m.Community.Name))}, " +
                      "withdraws your open needs, erases what you wrote in your needs and your name from past ones, and deletes every message about you that I keep. " +
                      "It can't be undone. /export first if you'd like a copy.")
                .Button("Yes, erase my data", "/forget confirm")
                .Button("Keep my data", "/forget keep")
                .Build());
            return null;
        }

        foreach (var set in ctx.Memberships)
        {
            var member = set.MemberFor(ctx.Inbound.From.Ref);
            if (member is not null)
            {
                MemberEraser.Erase(set == ctx.Set ? ctx : new CommunityContext(ctx.Session, set, ctx.Now, ctx.Services), member);
            }
        }

        ctx.ReplyWithoutTrace(OutgoingMessage.Text("Done: I've erased your data. Thank you for the care you gave here; you're welcome back any time."));
        return null;
    }
}
