using CareBot.Core.Members;

namespace CareBot.Core.Communities;

/// <summary>
/// The group's own boundaries, applied by the bot: how to ask, response time, scope, non-emergency
/// notice, quiet hours, message limits and how long needs stay open. Every value has a sensible default.
/// </summary>
public sealed class Agreements
{
    public const string DefaultEmergencyNotice =
        "CareBot is for everyday, non-emergency help. If someone is in danger or needs urgent medical care, " +
        "call your local emergency number now (112 in Europe, 911 in North America, 999 in the UK). " +
        "If you are thinking about harming yourself, please reach a crisis line (116 123 in much of Europe, 988 in the US).";

    public string HowToAsk { get; internal set; } =
        "Say what you need, when, and roughly where. One need per message; no emergencies.";

    /// <summary>How soon the group aims to answer a need, in hours.</summary>
    public int ResponseHours { get; internal set; } = 24;

    /// <summary>Named zones the group covers; empty means no geographic scope.</summary>
    public IReadOnlyList<string> Zones => ZoneList;

    internal List<string> ZoneList { get; set; } = [];

    /// <summary>Whether members outside a need's zone are asked too.</summary>
    public bool AskOutsideZone { get; internal set; } = true;

    public string EmergencyNotice { get; internal set; } = DefaultEmergencyNotice;

    /// <summary>Quiet hours for members who set none of their own; null means none.</summary>
    public QuietHours? DefaultQuietHours { get; internal set; }

    /// <summary>The group's time zone, for members who set none.</summary>
    public string TimeZone { get; internal set; } = "UTC";

    /// <summary>Most requests for help one member is sent in a day.</summary>
    public int DailyAskLimit { get; internal set; } = 5;

    /// <summary>
    /// Most commands (typed or pressed) one member gives in a minute. Ten is twice what the busiest real use takes
    /// (an offer, a need, a look at /needs and a claim), and half of the 20 messages a minute Telegram lets a group
    /// have, so one member can never take the group's whole voice.
    /// </summary>
    public int CommandsPerMinute { get; internal set; } = 10;

    /// <summary>
    /// Most commands one member gives in an hour. Sixty is a command a minute kept up for an hour, far beyond anyone
    /// using the group, while a script that waits out the minute limit still gets only one hour's worth.
    /// </summary>
    public int CommandsPerHour { get; internal set; } = 60;

    /// <summary>
    /// Most needs one member posts in a day (24 hours). Five covers a hard week's worth of asking in one go; past it, a
    /// flood (a script, or someone pasting a list) would bury everyone else's needs and ask the same helpers again and
    /// again, so the member is told kindly and others are not slowed.
    /// </summary>
    public int NeedsPerDay { get; internal set; } = 5;

    public int NeedExpiryDays { get; internal set; } = 14;

    /// <summary>Days after "Is this still on offer?" that an unanswered offer stops being matched (until /stillon).</summary>
    public int OfferFadeDays { get; internal set; } = 14;

    /// <summary>After this many days open, the requester is asked whether the need still stands.</summary>
    public int StillNeededDays { get; internal set; } = 3;

    /// <summary>
    /// Members asked at once about a need. One, the best-matched, because the care simulation (docs/care-outcomes.md)
    /// found asking one at a time (with 3-hour waves) met a little more of the needs than three every 12 hours, with about 40 %
    /// fewer private requests: a request to one person is answered more often than one shared, and short waves keep it quick.
    /// </summary>
    public int FirstWaveSize { get; internal set; } = 1;

    /// <summary>Hours before the next member is asked, when nobody has claimed the need (quiet hours respected).</summary>
    public int WaveHours { get; internal set; } = 3;

    public string Language { get; internal set; } = "en";

    /// <summary>A detached copy, so an edit can be validated fully before it replaces the live one.</summary>
    public Agreements Copy()
    {
        var copy = (Agreements)MemberwiseClone();
        copy.ZoneList = [.. ZoneList];
        return copy;
    }
}
