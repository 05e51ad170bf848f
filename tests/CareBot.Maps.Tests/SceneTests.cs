using System.Globalization;
using CareBot.Core.Categories;
using CareBot.Core.Reports;
using CareBot.Maps.Scene;
using CareBot.Maps.Tests.Support;

namespace CareBot.Maps.Tests;

/// <summary>What the picture shows, read from the laid-out scene: the rows, their bars and words, the gaps, the notes.</summary>
public sealed class SceneTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void The_heading_names_the_community_and_the_date_and_its_totals()
    {
        var scene = Pictures.Scene("typical");

        Assert.Equal("Resource map · 2 December 2026", Text(scene, SceneRole.Heading));
        Assert.Equal("East Riverside Mutual Aid", Text(scene, SceneRole.Title));
        Assert.Equal(["10,000 members · 412 on a break", "50,000 offers · 500 open needs · 2 gaps"], Texts(scene, SceneRole.Summary));
    }

    [Fact]
    public void A_small_community_has_a_row_for_every_category_with_offers_or_needs()
    {
        var map = MapSamples.Small();

        var scene = MapSceneBuilder.Build(map);

        Assert.Equal(map.Rows.Select(row => row.Category.Name).Order(), scene.Shown.Select(shown => shown.Name).Order());
        Assert.Equal(map.Rows.Select(row => row.Category.Name).Order(), Texts(scene, SceneRole.Category).Order());
        Assert.Equal(0, scene.MoreCategories);
        Assert.DoesNotContain(scene.Texts, text => text.Role == SceneRole.MoreCategories);
    }

    [Theory]
    [InlineData("typical")]
    [InlineData("crowded")]
    public void Categories_that_do_not_fit_are_counted_below_the_rows_and_none_is_lost(string sample)
    {
        var map = Pictures.Map(sample);
        var scene = Pictures.Scene(sample);

        Assert.Equal(map.Rows.Count, scene.Shown.Count + scene.MoreCategories);
        Assert.Equal(map.Gaps.Count(), scene.Shown.Count(shown => shown.IsGap) + scene.MoreGaps);
        Assert.Equal(scene.Shown.Select(shown => shown.Id).Distinct().Count(), scene.Shown.Count);
        Assert.Contains(string.Create(Invariant, $"…and {scene.MoreCategories:N0} more categories"), Text(scene, SceneRole.MoreCategories), StringComparison.Ordinal);
        Assert.EndsWith("in the text.", Text(scene, SceneRole.MoreCategories), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_categories_give_eight_rows_at_most_still_showing_what_is_offered()
    {
        var scene = Pictures.Scene("crowded");

        Assert.InRange(scene.Shown.Count, 3, 8);
        Assert.InRange(scene.Height, 720, 1280);
        Assert.True(scene.Shown.Count(shown => !shown.IsGap) >= 3, string.Join(", ", scene.Shown));
        Assert.Contains("(63 gaps)", Text(scene, SceneRole.MoreCategories), StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_come_first_each_on_a_band_that_says_nobody_offers_it_yet()
    {
        var scene = Pictures.Scene("typical");

        var gaps = scene.Shown.TakeWhile(shown => shown.IsGap).ToList();
        Assert.Equal(["paperwork and forms", "pets"], gaps.Select(gap => gap.Name).Order());
        Assert.All(scene.Shown.Skip(gaps.Count), shown => Assert.False(shown.IsGap));
        Assert.Equal(gaps.Count, Texts(scene, SceneRole.GapNotice).Count(text => text == "nobody offers this yet"));
        Assert.Equal(2 * gaps.Count, scene.Rects.Count(rect => rect.Role == SceneRole.GapBand));
        Assert.Equal(scene.Shown.Count - gaps.Count, scene.Rects.Count(rect => rect.Role == SceneRole.PeopleBar));
    }

    [Fact]
    public void Every_bar_is_labelled_with_its_number_in_words()
    {
        var map = Pictures.Map("typical");
        var scene = Pictures.Scene("typical");

        var shown = scene.Shown.First(row => !row.IsGap);
        var row = map.Rows.Single(row => row.Category.Id == shown.Id);
        Assert.Contains(string.Create(Invariant, $"{row.People:N0} offering · {row.AvailableNow:N0} free"), Texts(scene, SceneRole.PeopleValue));
        Assert.Contains(string.Create(Invariant, $"{row.OpenNeeds:N0} open needs"), Texts(scene, SceneRole.NeedsValue));
        Assert.Equal(scene.Shown.Count, Texts(scene, SceneRole.NeedsValue).Count);
    }

    [Fact]
    public void Counts_of_one_or_two_people_are_never_shown_and_drawn_alike()
    {
        var map = new ResourceMap("Maple Street", 2, 1, 3, 0,
        [
            MapSamples.Row(CategoryIds.Transport, offers: 1, people: 1, free: 1, needs: 0),
            MapSamples.Row(CategoryIds.Meals, offers: 2, people: 2, free: 2, needs: 0),
            MapSamples.Row(CategoryIds.Pets, offers: 9, people: 9, free: 2, needs: 0),
        ], MapSamples.Day);

        var scene = MapSceneBuilder.Build(map);

        var words = string.Join('\n', scene.Texts.Select(text => text.Text));
        Assert.DoesNotMatch(@"(?<![\d,])[12] (offering|free|members|on a break)", words);
        Assert.Contains("fewer than 3 members · fewer than 3 on a break", words, StringComparison.Ordinal);
        Assert.Equal(["9 offering · fewer than 3 free", "fewer than 3 offering · free now", "fewer than 3 offering · free now"], Texts(scene, SceneRole.PeopleValue).Order(StringComparer.Ordinal));
        var people = scene.Rects.Where(rect => rect.Role == SceneRole.PeopleBar).Select(rect => rect.Width).ToList();
        var free = scene.Rects.Where(rect => rect.Role == SceneRole.FreeNowBar).Select(rect => rect.Width).ToList();
        Assert.Equal(2, people.Count(width => width == people.Min()));
        Assert.Equal([free[0], free[0], free[0]], free);
        Assert.Contains(Texts(scene, SceneRole.Note), note => note.Contains("1 or 2 people", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PictureFileTests.Samples), MemberType = typeof(PictureFileTests))]
    public void Every_line_of_words_fits_the_room_it_was_given_inside_the_margins(string sample)
    {
        var scene = Pictures.Scene(sample);

        foreach (var text in scene.Texts)
        {
            var width = TextFitter.Width(text.Text, text.Size, text.Bold);
            Assert.True(width <= text.MaxWidth + 0.01, $"“{text.Text}” is {width} wide in {text.MaxWidth}");
            Assert.InRange(text.X, MapLayout.Margin, scene.Width - MapLayout.Margin);
            Assert.True(text.X + width <= scene.Width - MapLayout.Margin + 0.5, $"“{text.Text}” ends at {text.X + width}");
            Assert.InRange(text.Top + MapLayout.Line(text.Size), MapLayout.Margin, scene.Height - (MapLayout.Margin / 2));
        }

        Assert.All(scene.Rects, rect => Assert.True(rect.Left >= 20 && rect.Right <= scene.Width - 20 && rect.Top >= 20 && rect.Bottom <= scene.Height - 20, rect.ToString()));
    }

    [Fact]
    public void Names_too_long_for_a_phone_are_cut_with_an_ellipsis()
    {
        var scene = Pictures.Scene("crowded");

        Assert.EndsWith("…", Text(scene, SceneRole.Title), StringComparison.Ordinal);
        Assert.StartsWith("A network with", Text(scene, SceneRole.Title), StringComparison.Ordinal);
        var custom = Texts(scene, SceneRole.Category).First(name => name.StartsWith("custom category", StringComparison.Ordinal));
        Assert.EndsWith("…", custom, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_community_gets_a_friendly_word_and_how_to_begin()
    {
        var scene = Pictures.Scene("empty");

        Assert.Empty(scene.Shown);
        Assert.Empty(scene.Rects);
        var words = string.Join(' ', Texts(scene, SceneRole.Note));
        Assert.Contains("Nothing on the map yet.", words, StringComparison.Ordinal);
        Assert.Contains("/offer", words, StringComparison.Ordinal);
    }

    private static string Text(MapScene scene, SceneRole role) => string.Join(' ', Texts(scene, role));

    private static List<string> Texts(MapScene scene, SceneRole role) => [.. scene.Texts.Where(text => text.Role == role).Select(text => text.Text)];
}
