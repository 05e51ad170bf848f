using CareBot.Core.Communities;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/agreements: the group's agreements, as the bot applies them.</summary>
internal sealed class AgreementsCommand : CommandHandler
{
    public override string Name => "agreements";

    public override string Usage => "/agreements";

    public override string Summary => "the group's agreements";

    public override Problem? Handle(CommandContext ctx)
    {
        ctx.Reply(Render(ctx.Community.Name, ctx.Agreements));
        return null;
    }

    public static OutgoingMessage Render(string communityName, Agreements a) => new MessageBuilder()
        .Bold($"Agreements of {communityName}").Line()
        .Add("How to ask: ").Quote(a.HowToAsk).Line()
        .Line($"We aim to answer within {a.ResponseHours} hours.")
        .Line(a.Zones.Count == 0
            ? "Scope: no named zones."
            : $"Scope: zones {string.Join(", ", a.Zones)}; members outside a need's zone are {(a.AskOutsideZone ? "asked too" : "not asked")}.")
        .Line(a.FirstWaveSize == 1
            ? $"Each need asks the best-matched member first, then the next after {Words.Count(a.WaveHours, "hour")} without an answer."
            : $"Each need asks {a.FirstWaveSize} members at a time, then the next {a.FirstWaveSize} after {Words.Count(a.WaveHours, "hour")} without an answer.")
        .Line($"At most {a.DailyAskLimit} requests per member per day. Default quiet hours: {a.DefaultQuietHours?.ToString() ?? "none"} ({a.TimeZone}).")
        .Line($"Each member may give {a.CommandsPerMinute} commands a minute and {a.CommandsPerHour} an hour; past that they are told privately, once, and further commands are ignored until the minute or hour has passed.")
        .Line($"Each member may post {Words.Count(a.NeedsPerDay, "need")} a day.")
        .Line($"Open needs are checked on after {a.StillNeededDays} days and expire after {a.NeedExpiryDays}.")
        .Line($"Offers are checked on after {Offers.Offer.StaleAfterDays} days; one left unanswered stops being matched {Words.Count(a.OfferFadeDays, "day")} later, until /stillon.")
        .Add("Not for emergencies: ").Quote(a.EmergencyNotice).Line()
        .Italic("Admins change these with /agree <key> <value>.").Line()
        .Build();
}
