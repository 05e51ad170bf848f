namespace CareBot.Core.Tests.Properties;

/// <summary>The group's agreements for a generated run: how many requests a day, how waves go, its quiet hours and time zone.</summary>
public sealed record GroupSetup(int DailyLimit, int WaveSize, int WaveHours, string? Quiet, string TimeZone)
{
    public override string ToString() =>
        $"daily-limit {DailyLimit}, wave-size {WaveSize}, wave-hours {WaveHours}, quiet {Quiet ?? "off"}, timezone {TimeZone}";
}
