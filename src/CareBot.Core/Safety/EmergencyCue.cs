using System.Text.RegularExpressions;

namespace CareBot.Core.Safety;

/// <summary>
/// One way a language says "danger now": who or what, and a state (someone + isn't breathing). A cue that
/// <paramref name="OnlyIfNow"/> is true for (had a stroke, broke into the shed) is an emergency only when
/// nothing in the whole message places it in the past or calls it not urgent; the other cues yield only to
/// a calming word in their own clause.
/// </summary>
public sealed record EmergencyCue(string Name, EmergencyKind Kind, Regex Pattern, bool OnlyIfNow = false);
