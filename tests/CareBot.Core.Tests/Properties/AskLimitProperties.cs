using System.Globalization;
using CareBot.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CareBot.Core.Tests.Properties;

/// <summary>
/// However members set their caps, quiet hours, time zones and breaks, whatever needs are posted, claimed and passed on,
/// and however the clock moves, every private request for help is delivered only to someone the group's rules allow to be
/// asked at that moment (see <see cref="AskLedger"/>), and a command the engine refuses leaves everything as it was.
/// </summary>
public sealed class AskLimitProperties
{
    private static readonly string[] Everyone = ["ann", "ben", "cat", "dev", "eve"];

    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"];

    private static readonly string[] Offers =
        ["/offer rides to appointments, I have a car", "/offer I can drive people to the doctor", "/offer shopping and errands for anyone"];

    private static readonly string[] Needs =
    [
        "/need a ride to the clinic on friday", "/need a lift to the station tomorrow", "/need someone to pick up my groceries",
        "/need helpers 2 a ride to the hospital",
    ];

    [Fact]
    public void Requests_keep_to_breaks_quiet_hours_caps_and_daily_limits_and_refusals_change_nothing()
    {
        // Few, long runs: each one is a week or so of a small group's life. A failure prints the shortest run found.
        Prop.ForAll(Arb.From(Scenarios(), ClockScenario.Shorter), Holds)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(20).WithQuietOnSuccess(true));
    }

    private static Gen<ClockScenario> Scenarios() =>
        from dailyLimit in Gen.Choose(1, 4)
        from waveSize in Gen.Choose(1, 3)
        from waveHours in Gen.Choose(1, 8)
        from quiet in Gen.Elements<string?>(null, "22-07", "23-08", "13-15")
        from zone in Gen.Elements(Zones)
        from count in Gen.Choose(10, 35)
        from steps in Gen.ArrayOf(Step(), count)
        select new ClockScenario(new GroupSetup(dailyLimit, waveSize, waveHours, quiet, zone), steps);

    private static Gen<CareStep> Step() => Gen.Frequency(
        (6, Typed(Gen.Elements(Needs))),
        (5, Typed(Numbered("/claim"))),
        (2, Typed(Numbered("/pass"))),
        (1, Typed(Numbered("/done"))),
        (1, Typed(Numbered("/cancel"))),
        (1, Typed(Gen.Elements(Offers))),
        (2, Typed(Gen.Elements(1, 1, 2, 3).Select(cap => $"/me cap {cap}"))),
        (2, Typed(QuietHours())),
        (2, Typed(Gen.Elements(Zones).Select(zone => $"/me tz {zone}"))),
        (2, Typed(Gen.Elements("instant", "digest", "off").Select(mode => $"/me notify {mode}"))),
        (2, Typed(Gen.OneOf(Gen.Constant("/pause"), Gen.Choose(1, 3).Select(days => $"/pause {days}")))),
        (2, Typed(Gen.Constant("/resume"))),
        (3, Gen.Choose(5, 120).Select(minutes => CareStep.Waits(TimeSpan.FromMinutes(minutes)))),
        (3, Gen.Choose(1, 14).Select(hours => CareStep.Waits(TimeSpan.FromHours(hours)))),
        (1, Gen.Choose(1, 3).Select(days => CareStep.Waits(TimeSpan.FromDays(days)))));

    private static Gen<CareStep> Typed(Gen<string> commands) =>
        from person in Gen.Elements(Everyone)
        from inGroup in Gen.Elements(true, false)
        from command in commands
        select CareStep.Typed(person, inGroup, command);

    private static Gen<string> Numbered(string command) =>
        Gen.Choose(1, 5).Select(number => $"{command} {number.ToString(CultureInfo.InvariantCulture)}");

    private static Gen<string> QuietHours() => Gen.OneOf(
        Gen.Constant("/me quiet off"),
        from start in Gen.Choose(0, 23)
        from length in Gen.Choose(1, 12)
        select $"/me quiet {start:00}-{(start + length) % 24:00}");

    private static bool Holds(ClockScenario scenario)
    {
        using var h = new EngineHarness();
        var asks = new AskLedger(h);
        Begin(h, scenario.Setup).GetAwaiter().GetResult();
        foreach (var step in scenario.Steps)
        {
            if (step.Command is null)
            {
                h.AdvanceDelivering(step.Wait, asks.Check).GetAwaiter().GetResult();
                continue;
            }

            // People type at a human pace, well within the (raised) limits on commands.
            h.AdvanceDelivering(TimeSpan.FromSeconds(20), asks.Check).GetAwaiter().GetResult();
            var before = h.Snapshot();
            var result = (step.InGroup ? h.Say(step.Person!, step.Command) : h.Dm(step.Person!, step.Command)).GetAwaiter().GetResult();
            asks.Check(h.Delivered());
            if (!result.Succeeded && h.StoredState() != EngineHarness.StoredState(before))
            {
                throw new Xunit.Sdk.XunitException($"Refused, yet something stored changed: {step} ({result.Problem?.Message})");
            }
        }

        return true;
    }

    private static async Task Begin(EngineHarness h, GroupSetup setup)
    {
        await h.Join(Everyone);
        await h.Agree("commands-per-minute", "60");
        await h.Agree("commands-per-hour", "600");
        await h.Agree("daily-limit", setup.DailyLimit.ToString(CultureInfo.InvariantCulture));
        await h.Agree("wave-size", setup.WaveSize.ToString(CultureInfo.InvariantCulture));
        await h.Agree("wave-hours", setup.WaveHours.ToString(CultureInfo.InvariantCulture));
        await h.Agree("quiet", setup.Quiet ?? "off");
        await h.Agree("timezone", setup.TimeZone);
        await h.Say("ben", Offers[0]);
        await h.Say("cat", Offers[1]);
        await h.Say("dev", Offers[0]);
        await h.Say("eve", Offers[2]);
        h.Delivered();
    }
}
