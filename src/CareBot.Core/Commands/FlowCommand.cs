using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Core.Commands;

/// <summary>/flow: how care flowed in 30 and 90 days, for the group as a whole. No points, no balances, no names.</summary>
internal sealed class FlowCommand : CommandHandler
{
    public override string Name => "flow";

    public override string Usage => "/flow";

    public override string Summary => "how care flows in the group";

    public override Problem? Handle(CommandContext ctx)
    {
        var builder = new MessageBuilder().Add("🌊 ").Bold($"How care flows in {ctx.Community.Name}").Line();
        foreach (var window in ReportBuilder.Flow(ctx, 30, 90))
        {
            builder.Bold($"Last {window.Days} days: ");
            if (window.NeedsMet == 0)
            {
                builder.Add("no needs met yet.").Line();
                continue;
            }

            builder.Add($"{window.NeedsMet} need{(window.NeedsMet == 1 ? "" : "s")} met; {window.PeopleWhoHelped} " +
                $"{(window.PeopleWhoHelped == 1 ? "person" : "people")} helped and {window.PeopleHelped} " +
                $"{(window.PeopleHelped == 1 ? "was" : "were")} helped.");
            if (window.PeopleWhoHelped > window.BusiestFew)
            {
                builder.Add($" The busiest {window.BusiestFew} helpers carried {window.BusiestShare.ToString("P0", CultureInfo.InvariantCulture)} of it.");
            }

            builder.Line();
        }

        builder.Italic("Care here is a flow, not a ledger: nobody owes anybody.").Line();
        ctx.Reply(builder.Build());
        return null;
    }
}
