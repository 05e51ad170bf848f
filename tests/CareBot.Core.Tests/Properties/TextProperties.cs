using CareBot.Core.Engine;
using CareBot.Core.Needs;
using CareBot.Core.Safety;
using CareBot.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CareBot.Core.Tests.Properties;

/// <summary>What people type, however odd, is read the same way every time: never a crash, never a blank post.</summary>
public sealed class TextProperties
{
    // Characters that show as nothing: zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen,
    // the Mongolian vowel separator, the combining grapheme joiner, Hangul and Braille blanks, and ordinary white space.
    private static readonly char[] Invisible =
        ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u034F', '\u3164', '\u2800', '\uFFA0', ' ', '\n', '\t', '\u00A0', '\u2003'];

    private static readonly string[] Gaps = [" ", "\n", "\r\n", "\t", "  ", " \n "];

    private static readonly string[] SomeWords = ["a", "lift", "to", "the", "clinic", "😊", "👨‍👩‍👧", "café", "by", "friday", "anon", "helpers", "2", "zone", "north", "#3", "<b>", "&amp;"];

    [Fact]
    public void Text_made_only_of_invisible_characters_is_refused()
    {
        var blank = Gen.Choose(1, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(Invisible), n)).Select(c => new string(c));
        Prop.ForAll(blank.ToArbitrary(), text => TextRules.Check(text, TextRules.MaxNeedOrOfferLength) is not null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Line_breaks_and_tabs_separate_words_as_spaces_do()
    {
        var words = Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(SomeWords), n));
        var typed = words.SelectMany(w => Gen.ArrayOf(Gen.Elements(Gaps), w.Length + 1).Select(gaps => (Words: w, Text: Interleave(gaps, w))));
        Prop.ForAll(typed.ToArbitrary(), t => TextRules.Words(t.Text).SequenceEqual(t.Words))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Need_options_are_read_whatever_separates_them()
    {
        var today = new DateOnly(2026, 11, 23);
        var gap = Gen.Elements(Gaps);
        var typed = from a in gap from b in gap from c in gap from d in gap
                    select $"anon{a}helpers{b}2{c}a lift to the clinic{d}please";
        Prop.ForAll(typed.ToArbitrary(), text =>
            {
                var parsed = NeedOptions.Parse(text, today);
                return parsed.IsSuccess && parsed.Value.Anonymous && parsed.Value.HelpersWanted == 2
                    && TextRules.Normalize(parsed.Value.TextFrom(text)).StartsWith("a lift", StringComparison.Ordinal);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Parsing_need_options_never_throws()
    {
        var today = new DateOnly(2026, 11, 23);
        Prop.ForAll(Typing().ToArbitrary(), text =>
            {
                var parsed = NeedOptions.Parse(text, today);
                return parsed.IsSuccess ? parsed.Value.TextFrom(text) is not null : parsed.Problem!.Message.Length > 0;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public async Task A_refused_command_changes_nothing_stored()
    {
        // Every command the engine knows, by every name (a new one is fuzzed from the day it is added), and one it doesn't.
        string[] commands = [.. CommandRegistry.Default.All.SelectMany(c => c.Aliases.Prepend(c.Name)).Select(name => "/" + name), "/need post", "/zone"];
        var attempts = from command in Gen.Elements(commands) from text in Typing() from inGroup in Gen.Elements(true, false) select (Command: command, Text: text, InGroup: inGroup);
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("alice", "/need a lift to the clinic on friday");
        await h.Join("carol");
        Prop.ForAll(attempts.ToArbitrary(), attempt => RefusalChangesNothing(h, $"{attempt.Command} {attempt.Text}", attempt.InGroup))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));
    }

    private static bool RefusalChangesNothing(EngineHarness h, string line, bool inGroup)
    {
        // One attempt a minute: under every limit on commands, so a refusal here is the command's own.
        h.Clock.Advance(TimeSpan.FromMinutes(1.1));
        var before = h.StoredState();
        var result = (inGroup ? h.Say("carol", line) : h.Dm("carol", line)).GetAwaiter().GetResult();
        h.Delivered();
        return result.Succeeded || before == h.StoredState();
    }

    /// <summary>What people type: real words and option words, numbers, dates, emoji, markup, invisible characters, separated any which way.</summary>
    private static Gen<string> Typing()
    {
        var token = Gen.OneOf(
            Gen.Elements(SomeWords),
            Gen.Elements("by", "tomorrow", "yesterday", "2020-01-01", "31/02", "monday", "helpers", "0", "-1", "99999999999", "zone", "anon", "anonymous", "transport, meals", "+", "-"),
            Gen.Choose(-5, 40).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements(Invisible).Select(c => c.ToString()),
            Gen.Elements("\u202E", "\u0000", "\uD83D", "💔", "\"", "'", "\\", "%s", "{0}", "<script>", "``", "*", "_"));
        return Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(token, n).SelectMany(tokens => Gen.ArrayOf(Gen.Elements(Gaps), tokens.Length + 1)
            .Select(gaps => Interleave(gaps, tokens))));
    }

    private static string Interleave(string[] gaps, string[] words) =>
        string.Concat(words.Select((word, i) => gaps[i] + word)) + gaps[^1];
}
