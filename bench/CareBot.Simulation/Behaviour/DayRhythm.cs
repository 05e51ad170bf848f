using CareBot.Simulation.Community;
using CareBot.Simulation.Model;

namespace CareBot.Simulation.Behaviour;

/// <summary>A member's day: when they sleep (their quiet hours, or a common night) and when they are at work.</summary>
internal sealed class DayRhythm(SimulationModel model)
{
    public bool IsAsleep(SimMember member, DateTimeOffset at)
    {
        var (start, end) = Night(member);
        var hour = at.UtcDateTime.Hour;
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    public bool IsAtWork(SimMember member, DateTimeOffset at) =>
        member.Works && at.UtcDateTime.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && at.UtcDateTime.Hour is >= 9 and < 17;

    public static bool IsLateEvening(DateTimeOffset at) => at.UtcDateTime.Hour >= 21;

    /// <summary>When they next wake: <paramref name="at"/> itself if awake.</summary>
    public DateTimeOffset NextAwake(SimMember member, DateTimeOffset at)
    {
        if (!IsAsleep(member, at))
        {
            return at;
        }

        var (_, end) = Night(member);
        var day = at.UtcDateTime.Hour >= end ? at.UtcDateTime.Date.AddDays(1) : at.UtcDateTime.Date;
        return new DateTimeOffset(day.AddHours(end), TimeSpan.Zero);
    }

    private (int Start, int End) Night(SimMember member) => member.QuietHours ?? (model.SleepStartHour, model.SleepEndHour);
}
