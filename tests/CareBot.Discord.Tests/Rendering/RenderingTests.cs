using CareBot.Core.Messages;
using CareBot.Discord.Rendering;

namespace CareBot.Discord.Tests.Rendering;

/// <summary>How engine messages look on Discord: escaped, within Discord's limits, with buttons that carry commands.</summary>
public sealed class RenderingTests
{
    [Theory]
    [InlineData("**bold**", "\\*\\*bold\\*\\*")]
    [InlineData("<@123>", "\\<@\u200B123\\>")]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("plain words", "plain words")]
    public void User_text_is_escaped_so_it_shows_as_typed(string typed, string rendered) =>
        Assert.Equal(rendered, DiscordMarkdown.Escape(typed));

    [Fact]
    public void A_long_private_message_is_split_under_2000_characters_at_line_breaks_with_buttons_on_the_last_part()
    {
        var builder = new MessageBuilder();
        for (var i = 0; i < 120; i++)
        {
            builder.Line($"Line {i}: someone needs help with a garden and a fence *soon*");
        }

        var parts = DiscordMessageRenderer.AsContent(builder.Button("Claim", "/claim 3").Build(), 7);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.InRange(part.Content!.Length, 1, DiscordMessageRenderer.MaxContent));
        Assert.All(parts, part => Assert.False(part.Content!.EndsWith('\\')));
        Assert.All(parts.SkipLast(1), part => Assert.Null(part.Components));
        Assert.NotNull(parts[^1].Components);
    }

    [Fact]
    public void A_channel_post_is_an_embed_within_its_limits_and_its_buttons_carry_the_command_and_community()
    {
        var message = new MessageBuilder().Add("Need ").Bold("#3").Add(": ").Quote(new string('x', 9000)).Button("I can help", "/claim 3").Build();

        var parts = DiscordMessageRenderer.AsEmbeds(message, 7);

        Assert.All(parts, part => Assert.InRange(Assert.Single(part.Embeds!).Description!.Length, 1, DiscordMessageRenderer.MaxEmbedDescription));
        var row = Assert.IsType<CareBot.Discord.Api.Models.ActionRow>(Assert.Single(parts[^1].Components!));
        var button = Assert.IsType<CareBot.Discord.Api.Models.Button>(Assert.Single(row.Components));
        Assert.Equal((7, "/claim 3"), ButtonIds.Decode(button.CustomId)!.Value);
    }

    [Fact]
    public void A_picture_in_a_reply_is_shown_in_an_embed_from_its_own_file_with_its_alt_text()
    {
        var message = new MessageBuilder().Line("Resource map of Town").Build() with { Attachment = Picture };

        var part = Assert.Single(DiscordMessageRenderer.AsContent(message, 7));

        Assert.Equal("Resource map of Town", part.Content);
        Assert.Equal("attachment://map.png", Assert.Single(part.Embeds!).Image!.Url);
        var file = Assert.Single(part.Files);
        Assert.Equal(("map.png", "image/png", "Bar chart of the map"), (file.FileName, file.ContentType, file.Description));
    }

    [Fact]
    public void A_picture_in_a_channel_post_is_the_image_of_the_embed_that_carries_its_text()
    {
        var message = new MessageBuilder().Line("Resource map of Town").Build() with { Attachment = Picture };

        var part = Assert.Single(DiscordMessageRenderer.AsEmbeds(message, 7));

        var embed = Assert.Single(part.Embeds!);
        Assert.Equal(("Resource map of Town", "attachment://map.png"), (embed.Description, embed.Image!.Url));
        Assert.Equal("map.png", Assert.Single(part.Files).FileName);
    }

    [Fact]
    public void A_file_that_is_no_picture_is_attached_without_an_embed()
    {
        var message = new MessageBuilder().Line("Your data").Build() with { Attachment = new Attachment("export.json", "application/json", [0x7B, 0x7D]) };

        var part = Assert.Single(DiscordMessageRenderer.AsContent(message, 7));

        Assert.Null(part.Embeds);
        Assert.Equal("export.json", Assert.Single(part.Files).FileName);
    }

    private static Attachment Picture => new("map.png", "image/png", [0x89, 0x50, 0x4E, 0x47]) { AltText = "Bar chart of the map" };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("claim 3")]
    [InlineData("x:claim 3")]
    [InlineData(":")]
    public void An_id_this_bot_never_made_is_not_a_command(string? customId) => Assert.Null(ButtonIds.Decode(customId));
}
