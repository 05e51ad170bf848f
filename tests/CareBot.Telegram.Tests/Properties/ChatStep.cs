namespace CareBot.Telegram.Tests.Properties;

/// <summary>
/// One message typed by one of a group's people (0 is its owner), in the group or to the bot privately; the command is
/// already filled in with its text and number.
/// </summary>
public sealed record ChatStep(int Person, bool InGroup, string Text)
{
    public override string ToString() => $"person {Person} {(InGroup ? "in the group" : "privately")}: {Printable(Text)}";

    /// <summary>Invisible and control characters as escapes, so a failing case can be read and typed back.</summary>
    public static string Printable(string text) => string.Concat(text.Select(c =>
        char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            ? $"\\u{(int)c:X4}"
            : c.ToString()));
}
