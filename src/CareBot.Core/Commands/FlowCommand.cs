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

            // Counts of people, never below 3: in a small group "1 was helped" after an anonymous need says who asked.
            builder.Add($"{Words.Count(window.NeedsMet, "need")} met; {Words.People(window.PeopleWhoHelped)} helped and " +
                $"{Words.People(window.PeopleHelped)} {Words.WasOrWere(window.PeopleHelped)} helped.");
            if (window.PeopleWhoHelped > window.BusiestFew && window.BusiestFew >= Words.SmallestCrowd)
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
