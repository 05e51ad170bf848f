using System.Globalization;
using CareBot.Core.Storage;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// The console's own facts, kept in CareBot's store beside the engine's cursors so that a second run on the same
/// database carries on where the first stopped: how far <c>:advance</c> has moved the clock (or a restart would take
/// the group back in time, before needs it already posted), and who was made an admin of which group. Names start
/// with "console:" so they never meet the engine's or another adapter's.
/// </summary>
public sealed class ConsoleMemory(ICareStore store)
{
    private const string ClockOffsetName = "console:clock-offset";

    public TimeSpan ClockOffset() =>
        store.Read(session => session.Cursors.Get(ClockOffsetName)) is { } ticks
            ? TimeSpan.FromTicks(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture))
            : TimeSpan.Zero;

    public void RememberClockOffset(TimeSpan offset) => Set(ClockOffsetName, offset.Ticks.ToString(CultureInfo.InvariantCulture));

    public bool IsAdmin(string user, string group) => store.Read(session => session.Cursors.Get(AdminName(user, group))) is not null;

    public void RememberAdmin(string user, string group) => Set(AdminName(user, group), "admin");

    /// <summary>Console names are letters, digits, '_', '-' and '.', so the colons keep user and group apart.</summary>
    private static string AdminName(string user, string group) => $"console:admin:{group}:{user}";

    private void Set(string name, string value) => store.Write(session =>
    {
        session.Cursors.Set(name, value);
        return true;
    });
}
