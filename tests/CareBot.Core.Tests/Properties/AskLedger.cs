using CareBot.Core.Members;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Properties;

/// <summary>
/// What the README promises about private requests for help, checked on each request as it is delivered, against the
/// recipient's settings at that moment: nobody is asked while on a break, with notifications off, in their quiet hours in
/// their own time zone, at their cap of open commitments, or more often in one of their days than the group's daily limit.
/// </summary>
internal sealed class AskLedger(EngineHarness h)
{
    // Requests delivered to each person on their latest day: a new date, or a change of time zone (the same date there
    // covers other hours), starts a new count.
    private readonly Dictionary<string, (string Zone, DateOnly Day, int Asks)> _today = [];

    public void Check(IEnumerable<Delivery> delivered)
    {
        foreach (var ask in delivered.Asks())
        {
            if (Broken(ask.To) is { } promise)
            {
                throw new Xunit.Sdk.XunitException($"{ask.To} was asked at {h.Now:ddd dd HH:mm} UTC {promise}:\n{ask}");
            }
        }
    }

    private string? Broken(string person)
    {
        var member = h.Member(person) ?? throw new InvalidOperationException($"{person} was asked but is no member.");
        var (agreements, commitments) = h.Store.Read(session => (
            session.Communities.Get(member.CommunityId)!.Agreements,
            session.Needs.Active(member.CommunityId).Count(need => need.HelperIds.Contains(member.Id))));
        var zone = member.TimeZone ?? agreements.TimeZone;
        var local = TimeZoneInfo.ConvertTime(h.Now, TimeZones.FindOrUtc(zone));
        var quiet = member.Quiet ?? agreements.DefaultQuietHours;
        var day = DateOnly.FromDateTime(local.DateTime);
        var asksToday = _today.TryGetValue(person, out var last) && last.Zone == zone && last.Day == day ? last.Asks + 1 : 1;
        _today[person] = (zone, day, asksToday);
        if (member.IsPaused(h.Now))
        {
            return member.PausedUntil == DateTimeOffset.MaxValue ? "while on a break until they resume" : $"while on a break until {member.PausedUntil:ddd dd HH:mm}";
        }

        if (member.Notify == NotificationMode.Off)
        {
            return "with notifications off";
        }

        if (quiet is not null && quiet.Contains(local.Hour))
        {
            return $"at {local:HH:mm} in {zone}, inside their quiet hours {quiet}";
        }

        if (commitments >= member.Cap)
        {
            return $"while helping with {commitments} needs, their cap";
        }

        return asksToday > agreements.DailyAskLimit
            ? $"with request no. {asksToday} of {day:ddd dd} in {zone}, past the group's daily limit of {agreements.DailyAskLimit}"
            : null;
    }
}
