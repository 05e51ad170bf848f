using CareBot.Core.Messages;
using CareBot.Core.Platforms;
using CareBot.Telegram.Rendering;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Telegram.Tests.Rendering;

public sealed class MessageRendererTests
{
    private const string Bot = "carebot_test_bot";

    public static TheoryData<Span, string, string> Spans => new()
    {
        { Span.Plain("plain words"), "plain words", "plain words" },
        { Span.Bold("Need #3"), "<b>Need #3</b>", "Need #3" },
        { Span.Italic("by Fri"), "<i>by Fri</i>", "by Fri" },
        { Span.Command("/need <what>"), "<code>/need &lt;what&gt;</code>", "/need <what>" },
        { Span.Quote("a ride <b>now</b> & *then*"), "“a ride &lt;b&gt;now&lt;/b&gt; &amp; *then*”", "“a ride <b>now</b> & *then*”" },
        { Messages.TelegramPerson(42, "Ana <3"), "<a href=\"tg://user?id=42\">Ana &lt;3</a>", "Ana <3" },
        { Span.Mention(new UserRef(KnownPlatforms.Discord, "99"), "Dee & co"), "Dee &amp; co", "Dee & co" },
        { Span.Plain("\"quoted\" & 'single'"), "&quot;quoted&quot; &amp; 'single'", "\"quoted\" & 'single'" },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Each_style_renders_as_Telegram_HTML_with_the_text_escaped(Span span, string html, string shown)
    {
        var rendered = MessageRenderer.Render(Messages.Of(span), communityId: 1, Bot);

        Assert.Equal(html, Assert.Single(rendered.Parts).Html);
        Assert.Equal(shown, TelegramHtml.Parse(rendered.Parts[0].Html).Text);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("&amp; &lt; &#60; &")]
    [InlineData("</b></i><a href=\"tg://user?id=1\">x</a>")]
    [InlineData("*bold* _italic_ `code` [link](http://x)")]
    [InlineData("🎉👩‍👩‍👧 ü ß 中文 \u202Eevil")]
    public void Hostile_user_text_reads_exactly_as_typed_and_formats_nothing(string typed)
    {
        var rendered = MessageRenderer.Render(Messages.Of(Span.Plain("Need: "), Span.Quote(typed)), communityId: 1, Bot);

        var parsed = TelegramHtml.Parse(rendered.Parts[0].Html);

        Assert.Equal($"Need: “{typed}”", parsed.Text);
        Assert.Empty(parsed.Entities);
    }

    [Fact]
    public void A_person_on_telegram_becomes_a_link_to_their_account()
    {
        var rendered = MessageRenderer.Render(Messages.Of(Span.Plain("thanks "), Messages.TelegramPerson(1000002, "Bob")), null, Bot);

        var link = Assert.Single(TelegramHtml.Parse(rendered.Parts[0].Html).Entities);

        Assert.Equal(("text_link", "tg://user?id=1000002", 7, 3), (link.Type, link.Url, link.Offset, link.Length));
    }

    [Fact]
    public void Lines_are_joined_with_line_breaks()
    {
        var rendered = MessageRenderer.Render(Messages.Lines("one", "two", "three"), null, Bot);

        Assert.Equal("one\ntwo\nthree", Assert.Single(rendered.Parts).Html);
    }

    [Fact]
    public void Command_buttons_carry_the_community_and_the_command_and_an_invitation_is_a_deep_link()
    {
        var message = new MessageBuilder().Add("hi")
            .Button("I can help", "/claim 12")
            .Button(Button.OpenPrivateChat("Open a private chat", "held"))
            .Build();

        var keyboard = MessageRenderer.Render(message, communityId: 7, Bot).Keyboard!;
        var buttons = keyboard.InlineKeyboard.SelectMany(row => row).ToList();

        Assert.Equal("7:claim 12", buttons[0].CallbackData);
        Assert.Equal("https://t.me/carebot_test_bot?start=held", buttons[1].Url);
    }

    [Theory]
    [InlineData(new[] { "I can help", "Not this time" }, new[] { 2 })]
    [InlineData(new[] { "Mark done", "I can't after all", "It fell through" }, new[] { 2, 1 })]
    [InlineData(new[] { "I can help with #12 (a long label)", "Not this time" }, new[] { 1, 1 })]
    [InlineData(new[] { "Only" }, new[] { 1 })]
    public void Short_buttons_share_a_row_and_long_ones_get_their_own(string[] labels, int[] rowSizes)
    {
        var builder = new MessageBuilder().Add("text");
        foreach (var label in labels)
        {
            builder.Button(label, "/claim 1");
        }

        var keyboard = MessageRenderer.Render(builder.Build(), 1, Bot).Keyboard!;

        Assert.Equal(rowSizes, keyboard.InlineKeyboard.Select(row => row.Count()).ToArray());
    }

    [Fact]
    public void A_message_without_buttons_has_no_keyboard()
    {
        Assert.Null(MessageRenderer.Render(Messages.Lines("hello"), 1, Bot).Keyboard);
    }

    [Fact]
    public void A_long_message_is_split_into_parts_Telegram_accepts_in_order()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"line {i:000}: <{new string('x', 20)}> & more").ToArray();

        var rendered = MessageRenderer.Render(Messages.Lines(lines), 1, Bot);
        var shown = rendered.Parts.Select(part => TelegramHtml.Parse(part.Html).Text).ToList();

        Assert.True(rendered.Parts.Count > 1);
        Assert.All(shown, text => Assert.InRange(text.Length, 1, 4096));
        Assert.Equal(string.Join('\n', lines), string.Join('\n', shown));
    }

    [Fact]
    public void A_file_takes_the_whole_text_as_its_caption_when_it_fits()
    {
        var message = Messages.Lines("🗺️ Resource map of Town", "5 members", "pets: nobody offers this yet") with { Attachment = Picture };

        var rendered = MessageRenderer.Render(message, 1, Bot);

        Assert.Equal("🗺️ Resource map of Town\n5 members\npets: nobody offers this yet", rendered.Caption!.Html);
        Assert.Empty(rendered.Parts);
    }

    [Fact]
    public void A_file_with_more_text_than_a_caption_holds_gets_the_first_line_and_the_rest_follows_whole()
    {
        string[] lines = ["🗺️ Resource map of Town", .. Enumerable.Range(1, 40).Select(i => $"category {i}: {new string('x', 40)}")];
        var message = Messages.Lines(lines) with { Attachment = Picture };

        var rendered = MessageRenderer.Render(message, 1, Bot);

        Assert.Equal("🗺️ Resource map of Town", rendered.Caption!.Html);
        Assert.Equal(string.Join('\n', lines.Skip(1)), string.Join('\n', rendered.Parts.Select(part => part.Html)));
        Assert.All(rendered.Parts, part => Assert.True(part.Length <= TextSplitter.TelegramLimit));
    }

    [Fact]
    public void A_file_whose_first_line_alone_is_too_long_for_a_caption_goes_without_one_and_loses_no_text()
    {
        var first = new string('y', 1100);
        var message = Messages.Lines(first, "second line") with { Attachment = Picture };

        var rendered = MessageRenderer.Render(message, 1, Bot);

        Assert.Null(rendered.Caption);
        Assert.Equal(first + "\nsecond line", string.Concat(rendered.Parts.Select(part => part.Html)));
    }

    private static Attachment Picture => new("map.png", "image/png", [0x89, 0x50, 0x4E, 0x47]);
}
