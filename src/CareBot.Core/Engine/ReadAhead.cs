using CareBot.Core.Categories;
using CareBot.Core.Safety;

namespace CareBot.Core.Engine;

/// <summary>
/// A command's text, read by the sentence model (and, for a need, for danger) before the engine took its write lock:
/// reading takes milliseconds, and no other command should wait for it. Used inside the transaction only if the text
/// and language still match.
/// </summary>
internal sealed record ReadAhead(string Text, string Language, TextProfile Profile, EmergencyAssessment? Danger);
