using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/pause [days]: a break from requests, for a number of days or until /resume.</summary>
internal sealed class PauseCommand : CommandHandler
{
    public override string Name => "pause";

    public override string Usage => "/pause [days]";

    public override string Summary => "take a break from requests";

    public override Problem? Handle(CommandContext ctx)
    {
        var word = ctx.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        DateTimeOffset? until = null;
        if (word is not null)
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 365)
            {
                return UsageProblem("A break is a number of days from 1 to 365, or leave it out to pause until you /resume.");
            }

            until = ctx.Now.AddDays(days);
        }

        ctx.Actor.PauseUntil(until);
        ctx.Save(ctx.Actor);
        var local = until is { } end ? TimeZoneInfo.ConvertTime(end, ctx.ZoneOf(ctx.Actor)) : (DateTimeOffset?)null;
        ctx.ReplyPrivately(OutgoingMessage.Text(local is { } date
            ? $"Enjoy the break. I won't ask you for help until {date.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}. /resume any time."
            : "Enjoy the break. I won't ask you for help until you say /resume."));
        return null;
    }
}
