using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("<b>bold</b> and <i>italic</i>", "bold and italic")]
    [InlineData("<b>bold <i>both <u>all <s>four</s></u></i></b>", "bold both all four")]
    [InlineData("<strong>s</strong><em>e</em><ins>i</ins><strike>k</strike><del>d</del>", "seikd")]
    [InlineData("<span class=\"tg-spoiler\">secret</span> <tg-spoiler>too</tg-spoiler>", "secret too")]
    [InlineData("<a href=\"https://t.me/carebot_test_bot?start=abc\">open</a>", "open")]
    [InlineData("<code>x &lt; y</code>", "x < y")]
    [InlineData("<pre><code class=\"language-csharp\">var a = 1;</code></pre>", "var a = 1;")]
    [InlineData("<blockquote>quoted</blockquote><blockquote expandable>more</blockquote>", "quotedmore")]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "👍")]
    [InlineData("&lt;tag&gt; &amp; &quot;quotes&quot;", "<tag> & \"quotes\"")]
    [InlineData("&#65;&#x42;&#128578;", "AB🙂")]
    [InlineData("emoji 🍲 and ünïcödé", "emoji 🍲 and ünïcödé")]
    [InlineData("<B>upper-case tags</B>", "upper-case tags")]
    [InlineData("a > b is fine", "a > b is fine")]
    [InlineData("<b>closed by the empty tag</>", "closed by the empty tag")]
    public void Valid_markup_is_read_as_the_user_sees_it(string html, string expected) =>
        Assert.Equal(expected, TelegramHtml.Parse(html).Text);

    [Theory]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<div>x</div>", "Unsupported start tag \"div\" at byte offset 0")]
    [InlineData("<br/>", "Unsupported start tag \"br/\" at byte offset 0")]
    [InlineData("<b>never closed", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("é<b", "Unclosed start tag at byte offset 2")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("Tom & Jerry", "Unescaped \"&\" at byte offset 4: write it as &amp;")]
    [InlineData("&nbsp;", "Unescaped \"&\" at byte offset 0: write it as &amp;")]
    [InlineData("<a href=\"https://x.org/?a=1&b=2\">x</a>", "Unescaped \"&\" at byte offset 27: write it as &amp;")]
    public void Invalid_markup_is_rejected_with_the_servers_words(string html, string error)
    {
        Assert.False(TelegramHtml.TryParse(html, rejectUnescapedAmpersand: true, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Fact]
    public void A_stray_ampersand_is_kept_as_text_when_behaving_exactly_like_the_live_server()
    {
        Assert.True(TelegramHtml.TryParse("Tom & Jerry &nbsp;", rejectUnescapedAmpersand: false, out var parsed, out _));
        Assert.Equal("Tom & Jerry &nbsp;", parsed.Text);
    }

    [Fact]
    public void Entities_are_reported_in_utf16_code_units()
    {
        var parsed = TelegramHtml.Parse("🍲 <b>soup</b> <a href=\"https://example.org\">link</a>");

        Assert.Equal(new TextEntity("bold", 3, 4), parsed.Entities[0]);
        Assert.Equal(new TextEntity("text_link", 8, 4, Url: "https://example.org"), parsed.Entities[1]);
    }

    [Fact]
    public void A_code_block_inside_pre_becomes_one_pre_entity_with_its_language()
    {
        var parsed = TelegramHtml.Parse("<pre><code class=\"language-python\">print(1)</code></pre>");

        Assert.Equal([new TextEntity("pre", 0, 8, Language: "python")], parsed.Entities);
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed_and_entities_follow()
    {
        var parsed = TelegramHtml.Parse("  \n<b> hi </b>\n ");

        Assert.Equal("hi", parsed.Text);
        Assert.Equal([new TextEntity("bold", 0, 2)], parsed.Entities);
    }
}
