using CareBot.Maps.Drawing;
using CareBot.Maps.Scene;
using CareBot.Maps.Tests.Support;

namespace CareBot.Maps.Tests;

/// <summary>The words are drawn in Inter from our own assembly, never in whatever font the machine happens to have (or lacks).</summary>
public sealed class FontTests
{
    [Fact]
    public void ScottPlot_draws_the_maps_words_in_the_embedded_Inter()
    {
        MapFonts.EnsureLoaded();

        var regular = ScottPlot.Fonts.GetTypeface(MapFonts.Family, bold: false, italic: false);
        var bold = ScottPlot.Fonts.GetTypeface(MapFonts.Family, bold: true, italic: false);

        Assert.Same(MapFonts.Regular, regular);
        Assert.Same(MapFonts.SemiBold, bold);
        Assert.Equal(("Inter", "Inter"), (regular.FamilyName, bold.FamilyName));
        Assert.True(bold.FontWeight > regular.FontWeight);
    }

    [Theory]
    [MemberData(nameof(PictureFileTests.Samples), MemberType = typeof(PictureFileTests))]
    public void Every_character_placed_on_the_picture_has_a_glyph_in_the_font(string sample)
    {
        foreach (var text in Pictures.Scene(sample).Texts)
        {
            var typeface = MapFonts.For(text.Bold);
            var missing = text.Text.EnumerateRunes().Where(rune => !typeface.ContainsGlyph(rune.Value)).ToList();
            Assert.True(missing.Count == 0, $"“{text.Text}” has no glyph for {string.Join(' ', missing)}");
        }
    }

    [Theory]
    [InlineData("Town 🌻", "Town")]
    [InlineData("🌻 Town  Care 🤝", "Town Care")]
    [InlineData("Café Zürich", "Café Zürich")]
    [InlineData("Взаимопомощь", "Взаимопомощь")]
    public void Characters_the_font_cannot_draw_are_left_out_rather_than_shown_as_boxes(string name, string drawn) =>
        Assert.Equal(drawn, TextFitter.Drawable(name, bold: true));

    [Fact]
    public void A_community_named_only_in_emoji_is_still_titled_in_words()
    {
        var scene = MapSceneBuilder.Build(MapSamples.Small() with { CommunityName = "🌻🤝" });

        Assert.Equal("Your group", Assert.Single(scene.Texts, t => t.Role == SceneRole.Title).Text);
    }
}
