using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/checkin ok|support: the answer to the weekly "How are you doing?". Support offers an anonymous need.</summary>
internal sealed class CheckInCommand : CommandHandler
{
    public override string Name => "checkin";

    public override string Usage => "/checkin ok|support";

    public override string Summary => "answer a check-in";

    public override bool ListedInHelp => false;

    public override Problem? Handle(CommandContext ctx)
    {
        switch (ctx.Arguments.Trim().ToLowerInvariant())
        {
            case "ok":
                ctx.ReplyPrivately(OutgoingMessage.Text("Glad to hear it. I'll check in again next week. (/me checkins off to stop.)"));
                return null;
            case "support":
                ctx.ReplyPrivately(new MessageBuilder()
                    .Line("Thank you for saying so. Would it help to ask the group for something? It stays anonymous unless you choose otherwise.")
                    .Add("Send me ").Command("/need anon <what would help>").Add(" here, in this private chat.").Line()
                    .Add("If things feel urgent or unsafe: ").Quote(ctx.Agreements.EmergencyNotice).Line()
                    .Build());
                return null;
            default:
                return UsageProblem("Let me know how you're doing with ok or support.");
        }
    }
}
