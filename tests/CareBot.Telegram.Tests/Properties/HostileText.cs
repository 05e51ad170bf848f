using FsCheck;
using FsCheck.Fluent;

namespace CareBot.Telegram.Tests.Properties;

/// <summary>
/// What people type and call themselves, at its most awkward for a bot that writes Telegram HTML: markup and character
/// references, emoji made of several code points, right-to-left text and direction overrides, invisible characters,
/// Markdown, links, and text long enough to reach Telegram's limits. Nothing here is a replacement character (U+FFFD).
/// </summary>
internal static class HostileText
{
    /// <summary>Telegram's limits on what a user can send or be called: a message, a first name, a group title.</summary>
    public const int MaxMessage = 4096;
    public const int MaxName = 64;
    public const int MaxTitle = 128;

    private static readonly string[] Words = ["a ride to the clinic on friday ", "help with shopping this week ", "soup "];

    private static readonly string[] Astral = ["😊", "🍲", "🚗", "👍🏽", "👨‍👩‍👧", "🇺🇦", "𝔘"];

    private static readonly string[] Pieces =
    [
        "<", ">", "&", "&amp;", "&lt;b&gt;", "&#128578;", "&#x1F600", "&nbsp;", "&;", "<b>", "</b>", "<i>x</i>", "</>", "<br/>",
        "<a href=\"https://example.org/?a=1&b=2\">link</a>", "<tg-spoiler>", "<span class=\"tg-spoiler\">", "<script>alert(1)</script>",
        "<<>>", "\"quoted\"", "'", "`code`", "*bold*", "_it_", "[link](http://x)", "😊", "🍲", "🚗", "❤️", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "🇺🇦", "é", "e\u0301",
        "Z\u0337\u0322a\u0338l\u0334g\u0335o", "\u202E", "\u202B", "\u200F", "שלום", "مرحبا", "\u200B", "\u200C", "\u200D", "\u2060",
        "\uFEFF", "\u00AD", "\u3164", " ", "  ", "\n", "\t", "a ride", "to the clinic", "soup", "friday", "#1", "@carebot_test_bot",
        "/claim 1", "https://example.org",
    ];

    /// <summary>
    /// A few pieces run together, or now and then a few repeated into a long text: mostly as long as needs and offers may
    /// be (which CareBot then shortens to quote), sometimes as long as Telegram lets anyone type.
    /// </summary>
    public static Gen<string> Text(int maxLength) => Gen.Frequency(
        (4, Pieced(1, 12)),
        (3, Long(150, Math.Min(1000, maxLength), EmojiLed())),
        (1, Long(1000, maxLength, Pieced(1, 3))))
        .Select(text => Cut(text, maxLength));

    /// <summary>A first name or a title: never empty, though it may be nothing but invisible characters.</summary>
    public static Gen<string> Name(int maxLength) => Text(maxLength).Select(name => name.Length == 0 ? "\u3164" : name);

    /// <summary>Words that make a need CareBot will post, then a run of pieces over and over.</summary>
    private static Gen<string> Long(int shortest, int longest, Gen<string> runs) =>
        from words in Gen.Elements(Words)
        from run in runs
        from length in Gen.Choose(shortest, longest)
        select words + Repeat(run, length - words.Length);

    /// <summary>Emoji outside the Basic Multilingual Plane (two UTF-16 units each), perhaps with a piece between them.</summary>
    private static Gen<string> EmojiLed() =>
        from emoji in Gen.ArrayOf(Gen.Elements(Astral), 2)
        from between in Gen.Elements(["", "", " ", "a", "<", "&"])
        select emoji[0] + between + emoji[1];

    private static Gen<string> Pieced(int fewest, int most) =>
        Gen.Choose(fewest, most).SelectMany(count => Gen.ArrayOf(Gen.Elements(Pieces), count)).Select(string.Concat);

    private static string Repeat(string piece, int length) =>
        string.Concat(Enumerable.Repeat(piece, Math.Max(1, length / piece.Length)));

    /// <summary>At most <paramref name="maxLength"/> UTF-16 units, never half an emoji: what a Telegram client can send.</summary>
    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;
        return text[..end];
    }
}
