using CareBot.Core.Messages;
using System.Globalization;
using CareBot.Core.Members;
using CareBot.Core.Safety;

namespace CareBot.Core.Communities;

/// <summary>Parses <c>/agree &lt;key&gt; &lt;value&gt;</c>, validating every value before anything changes.</summary>
public static class AgreementEditor
{
    /// <summary>The keys admins can set, with a short hint shown in help and errors.</summary>
    public static readonly IReadOnlyList<(string Key, string Hint)> Keys =
    [
        ("how-to-ask", "text shown when someone asks"),
        ("response-time", "hours, e.g. 24"),
        ("zones", "comma-separated names, or none"),
        ("outside-zone", "ask or skip"),
        ("emergency", "your emergency and crisis numbers"),
        ("quiet", "default quiet hours, e.g. 22-08, or off"),
        ("timezone", "e.g. Europe/Berlin"),
        ("daily-limit", "requests a member gets per day, 1-50"),
        ("commands-per-minute", "commands one member may give in a minute, 1-60"),
        ("commands-per-hour", "commands one member may give in an hour, 1-600"),
        ("needs-per-day", "needs one member may post in a day, 1-50"),
        ("expiry-days", "days before an open need expires, 1-90"),
        ("offer-fade-days", "days an unanswered \"still on offer?\" waits before the offer fades, 1-90"),
        ("still-needed-days", "days before asking if a need still stands, 1-30"),
        ("wave-size", "members asked per wave, 1-20"),
        ("wave-hours", "hours before the next wave, 1-72"),
    ];

    public static Result<Agreements> Apply(Agreements current, string key, string value)
    {
        var next = current.Copy();
        value = value.Trim();
        if (value.Length == 0)
        {
            return Result<Agreements>.Fail($"Please give a value for {key}, e.g. /agree {key} {ExampleFor(key)}.");
        }

        var problem = key.ToLowerInvariant() switch
        {
            "how-to-ask" => SetText(value, 500, v => next.HowToAsk = v),
            "emergency" => SetText(value, 800, v => next.EmergencyNotice = v),
            "response-time" => SetNumber(value, 1, 24 * 14, v => next.ResponseHours = v, "hours"),
            "daily-limit" => SetNumber(value, 1, 50, v => next.DailyAskLimit = v, "requests"),
            "commands-per-minute" => SetNumber(value, 1, 60, v => next.CommandsPerMinute = v, "commands"),
            "commands-per-hour" => SetNumber(value, 1, 600, v => next.CommandsPerHour = v, "commands"),
            "needs-per-day" => SetNumber(value, 1, 50, v => next.NeedsPerDay = v, "needs"),
            "expiry-days" => SetNumber(value, 1, 90, v => next.NeedExpiryDays = v, "days"),
            "offer-fade-days" => SetNumber(value, 1, 90, v => next.OfferFadeDays = v, "days"),
            "still-needed-days" => SetNumber(value, 1, 30, v => next.StillNeededDays = v, "days"),
            "wave-size" => SetNumber(value, 1, 20, v => next.FirstWaveSize = v, "members"),
            "wave-hours" => SetNumber(value, 1, 72, v => next.WaveHours = v, "hours"),
            "zones" => SetZones(next, value),
            "outside-zone" => SetOutsideZone(next, value),
            "quiet" => SetQuiet(next, value),
            "timezone" => SetTimeZone(next, value),
            _ => new Problem($"I don't know the agreement \"{Words.Quoted(Clip(key))}\". You can set: {string.Join(", ", Keys.Select(k => k.Key))}."),
        };
        return problem is null ? Result<Agreements>.Ok(next) : problem;
    }

    private static string ExampleFor(string key) => Keys.FirstOrDefault(k => k.Key == key).Hint ?? "a value";

    private static Problem? SetText(string value, int max, Action<string> set)
    {
        var problem = TextRules.Check(value, max);
        if (problem is null)
        {
            set(value);
        }

        return problem;
    }

    private static Problem? SetNumber(string value, int min, int max, Action<int> set, string unit)
    {
        var digits = value.TrimEnd('h', 'd', ' ');
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return new Problem($"Please use a whole number of {unit} from {min} to {max}.");
        }

        set(number);
        return null;
    }

    private static Problem? SetZones(Agreements next, string value)
    {
        if (value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            next.ZoneList = [];
            return null;
        }

        var zones = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(z => z.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (zones.Count == 0 || zones.Count > 30 || zones.Any(z => z.Length > 40 || TextRules.Check(z, 40) is not null))
        {
            return new Problem("Please list up to 30 zone names separated by commas, e.g. /agree zones north, south, centre.");
        }

        // Needs, offers and /me name a zone in one word ("zone north"), so a name with a space could never be used.
        if (zones.FirstOrDefault(z => z.Any(char.IsWhiteSpace)) is { } spaced)
        {
            return new Problem($"Zone names are single words, because members name their zone in one word. Try {string.Join('-', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))}.");
        }

        next.ZoneList = zones;
        return null;
    }

    private static Problem? SetOutsideZone(Agreements next, string value)
    {
        switch (value.ToLowerInvariant())
        {
            case "ask" or "yes" or "on":
                next.AskOutsideZone = true;
                return null;
            case "skip" or "no" or "off":
                next.AskOutsideZone = false;
                return null;
            default:
                return new Problem("Please say ask (members outside a need's zone are asked too) or skip.");
        }
    }

    private static Problem? SetQuiet(Agreements next, string value)
    {
        if (value.Equals("off", StringComparison.OrdinalIgnoreCase) || value.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            next.DefaultQuietHours = null;
            return null;
        }

        if (!QuietHours.TryParse(value, out var quiet))
        {
            return new Problem("Please give quiet hours as start-end in 24-hour time, e.g. 22-08, or off.");
        }

        next.DefaultQuietHours = quiet;
        return null;
    }

    private static Problem? SetTimeZone(Agreements next, string value)
    {
        if (!TimeZones.TryFind(value, out _))
        {
            return new Problem($"I don't know the time zone \"{Words.Quoted(Clip(value))}\". Use a name like Europe/Berlin or America/New_York.");
        }

        next.TimeZone = value;
        return null;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
