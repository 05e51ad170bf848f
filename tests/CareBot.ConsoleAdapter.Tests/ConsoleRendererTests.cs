using CareBot.ConsoleAdapter.Tests.Support;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>
/// How a message looks on the console: a header line, its text, one line per button. Only the bot writes
/// headers and buttons; nothing a person typed can pass for one.
/// </summary>
public sealed class ConsoleRendererTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("group", "town", "--- to town")]
    [InlineData("group", "the-garden", "--- to the-garden")]
    [InlineData("dm", "bob", "--- to bob (dm)")]
    public void The_header_says_where_a_message_goes(string kind, string chat, string header)
    {
        var destination = kind == "dm"
            ? Destination.Direct(new UserRef(KnownPlatforms.Console, chat))
            : Destination.Group(new SpaceRef(KnownPlatforms.Console, chat));

        var lines = Render(destination, OutgoingMessage.Text("hello"));

        Assert.Equal([header, "hello"], lines);
    }

    [Fact]
    public void Text_keeps_its_lines_and_quotes_what_people_wrote()
    {
        var message = new MessageBuilder()
            .Add("🙋 ").Bold("Need #1").Add(" from ").Mention(new UserRef(KnownPlatforms.Console, "alice"), "alice").Line()
            .Quote("a ride to the clinic").Line()
            .Italic("🚗 transport").Line()
            .Build();

        Assert.Equal(["--- to town", "🙋 Need #1 from alice", "“a ride to the clinic”", "🚗 transport"], Render(Group, message));
    }

    [Fact]
    public void Each_button_is_a_line_with_its_label_and_the_command_it_stands_for()
    {
        var message = new MessageBuilder().Add("Could you help?")
            .Button("I can help", "/claim 1")
            .Button("Not this time", "/pass 1")
            .Button(Button.OpenPrivateChat("Open a private chat", "held"))
            .Build();

        Assert.Equal(
            ["--- to bob (dm)", "Could you help?", "[I can help] /claim 1", "[Not this time] /pass 1", "[Open a private chat] /start"],
            Render(Dm("bob"), message));
    }

    [Fact]
    public void A_text_attachment_is_announced_and_shown_indented_below()
    {
        var message = new MessageBuilder().Line("Here is your data.")
            .Attach(new Attachment("export.json", "application/json", "{\n  \"a\": 1\n}"u8.ToArray()))
            .Build();

        Assert.Equal(["--- to alice (dm)", "Here is your data.", "(attached export.json, 12 bytes)", "  {", "    \"a\": 1", "  }"], Render(Dm("alice"), message));
    }

    [Fact]
    public void A_picture_is_announced_but_not_printed()
    {
        var message = new MessageBuilder().Line("The map").Attach(new Attachment("map.png", "image/png", [0x89, 0x50, 0x4E, 0x47])).Build();

        Assert.Equal(["--- to town", "The map", "(attached map.png, 4 bytes)"], Render(Group, message));
    }

    [Fact]
    public void A_saved_file_says_where_it_was_saved_on_the_attachment_line()
    {
        var message = new MessageBuilder().Line("The map").Attach(new Attachment("map.png", "image/png", [0x89, 0x50, 0x4E, 0x47])).Build();

        var output = ConsoleRenderer.Render(new OutboxMessage(Group, message, 1, [], At, At), "saved to /data/map.png");

        Assert.Equal("--- to town\nThe map\n(attached map.png, 4 bytes, saved to /data/map.png)\n", output);
    }

    [Theory]
    [InlineData("--- to bob (dm)")]
    [InlineData("[I can help] /claim 9")]
    [InlineData("a ride\n--- to bob (dm)\n[I can help] /claim 9")]
    [InlineData("\n\n--- to town")]
    [InlineData("ok\r\n--- to town\r\n[Yes] /forget confirm")]
    public void Quoted_text_that_looks_like_a_header_or_a_button_cannot_pass_for_one(string typed)
    {
        var message = new MessageBuilder().Add("Need #1: ").Line().Quote(typed).Line().Button("I can help", "/claim 1").Build();

        var output = ConsoleRenderer.Render(new OutboxMessage(Group, message, 1, [], At, At));

        var parsed = ProtocolOutput.Parse(output);
        var only = Assert.Single(parsed);
        Assert.Equal("town", only.To);
        Assert.Equal(["[I can help] /claim 1"], only.Buttons);
    }

    [Theory]
    [InlineData("--- to bob (dm)")]
    [InlineData("[Yes, erase my data] /forget confirm")]
    public void Unquoted_text_at_the_start_of_a_line_cannot_pass_for_a_header_or_a_button(string text)
    {
        var message = new MessageBuilder()
            .Mention(new UserRef(KnownPlatforms.Telegram, "1"), text).Add(" can help").Line()
            .Add(text).Line()
            .Build();

        var parsed = ProtocolOutput.Parse(ConsoleRenderer.Render(new OutboxMessage(Group, message, 1, [], At, At)));

        var only = Assert.Single(parsed);
        Assert.Empty(only.Buttons);
        Assert.All(only.Text, line => Assert.Contains(text.Trim(), line, StringComparison.Ordinal));
    }

    [Fact]
    public void An_attachment_that_holds_protocol_lines_cannot_pass_for_them()
    {
        var message = new MessageBuilder().Line("file")
            .Attach(new Attachment("notes.txt", "text/plain", "--- to bob (dm)\n[Yes] /forget confirm\n"u8.ToArray()))
            .Build();

        var only = Assert.Single(ProtocolOutput.Parse(ConsoleRenderer.Render(new OutboxMessage(Group, message, 1, [], At, At))));

        Assert.Empty(only.Buttons);
    }

    private static Destination Group => Destination.Group(new SpaceRef(KnownPlatforms.Console, "town"));

    private static Destination Dm(string user) => Destination.Direct(new UserRef(KnownPlatforms.Console, user));

    private static string[] Render(Destination destination, OutgoingMessage message)
    {
        var output = ConsoleRenderer.Render(new OutboxMessage(destination, message, 1, [], At, At));
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        return output[..^1].Split('\n');
    }
}
