using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// A named position (e.g. "telegram:update" = "1234") saved atomically with the change it caused. A cursor made with
/// <see cref="Recent"/> keeps the last few values instead (the ids of a chat's recent updates), and the engine skips
/// a change whose value is already among them: an update delivered twice is handled once.
/// </summary>
public sealed record Cursor(string Name, string Value)
{
    /// <summary>How many recent values are kept; 1 is a plain position, which never makes the engine skip anything.</summary>
    public int Keep { get; private init; } = 1;

    /// <summary>A cursor remembering the last <paramref name="keep"/> values (ids without spaces), to recognise one seen before.</summary>
    public static Cursor Recent(string name, string value, int keep) => new(name, value) { Keep = Math.Max(1, keep) };

    /// <summary>Whether this cursor keeps recent values, so that asking <see cref="IsRecordedIn"/> can find anything.</summary>
    internal bool KeepsRecent => Keep > 1;

    /// <summary>True when this cursor keeps recent values and its value is among them: what it marks was already handled.</summary>
    internal bool IsRecordedIn(ICursorRepository cursors) =>
        KeepsRecent && cursors.Get(Name) is { } stored && stored.Split(' ').Contains(Value, StringComparer.Ordinal);

    internal void SaveTo(ICursorRepository cursors)
    {
        if (Keep <= 1)
        {
            cursors.Set(Name, Value);
            return;
        }

        var recent = (cursors.Get(Name) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(v => v != Value).Append(Value);
        cursors.Set(Name, string.Join(' ', recent.TakeLast(Keep)));
    }
}
