using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>/map hands the map to the host's painter and sends its picture beside the same text; the engine draws nothing itself.</summary>
public sealed class MapPictureTests
{
    [Fact]
    public async Task The_map_comes_with_the_painters_picture_beside_its_text()
    {
        var painter = new RecordingMapPainter();
        using var h = new EngineHarness(mapPainter: painter);
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Delivered();

        var map = Assert.Single(await h.Accepts(x => x.Say("bob", "/map")));

        Assert.True(map.IsInGroup());
        var picture = map.Content.Attachment!;
        Assert.Equal((MapPicture.FileName, MapPicture.MediaType, "The map of town"), (picture.FileName, picture.MediaType, picture.AltText));
        Assert.Equal(RecordingMapPainter.Picture, picture.Content);
        Assert.Contains("Resource map of town", map.Text, StringComparison.Ordinal);
        Assert.Contains("transport: 1 offer from fewer than 3 people", map.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_painter_gets_every_category_with_offers_or_needs_gaps_first_as_the_text_lists_them()
    {
        var painter = new RecordingMapPainter();
        using var h = new EngineHarness(mapPainter: painter);
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/offer cooking meals for families");
        await h.Say("alice", "/need someone to fix my roof");
        await h.Say("alice", "/need a ride to the station");
        h.Delivered();

        await h.Accepts(x => x.Say("alice", "/map"));

        var map = Assert.Single(painter.Painted);
        Assert.Equal("town", map.CommunityName);
        Assert.Equal(["home-repair", "transport", "meals", "health"], map.Rows.Select(row => row.Category.Id));
        Assert.True(map.Rows[0].IsGap);
        Assert.Equal((1, 1, 1), (map.Rows[1].People, map.Rows[1].AvailableNow, map.Rows[1].OpenNeeds));
    }

    [Fact]
    public async Task An_empty_map_comes_without_a_picture()
    {
        var painter = new RecordingMapPainter();
        using var h = new EngineHarness(mapPainter: painter);

        var map = Assert.Single(await h.Accepts(x => x.Say("bob", "/map")));

        Assert.Null(map.Content.Attachment);
        Assert.Contains("Nothing on the map yet", map.Text, StringComparison.Ordinal);
        Assert.Empty(painter.Painted);
    }

    [Fact]
    public async Task Without_a_painter_the_map_is_text_alone()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Delivered();

        var map = Assert.Single(await h.Accepts(x => x.Say("bob", "/map")));

        Assert.Null(map.Content.Attachment);
        Assert.Contains("transport", map.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_is_dated_where_the_community_lives()
    {
        var painter = new RecordingMapPainter();
        using var h = new EngineHarness(mapPainter: painter);
        await h.Agree("timezone", "Pacific/Auckland");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero));
        h.Delivered();

        await h.Accepts(x => x.Say("bob", "/map"));

        var at = Assert.Single(painter.Painted).At;
        Assert.Equal((new DateOnly(2026, 11, 24), TimeSpan.FromHours(13)), (DateOnly.FromDateTime(at.DateTime), at.Offset));
    }

    [Fact]
    public async Task The_picture_is_drawn_on_the_answers_way_out_even_after_a_restart_from_the_figures_of_its_moment()
    {
        var painter = new RecordingMapPainter();
        using var h = new EngineHarness(mapPainter: painter);
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Delivered();

        await h.Say("alice", "/map");

        // The command's turn drew nothing: what waits in the outbox is the map's figures, not a hundred kilobytes of picture.
        Assert.Empty(painter.Painted);
        var waiting = Assert.Single(h.Engine.Outbox.Due(KnownPlatforms.Console, 10));
        Assert.Null(waiting.Content.Attachment);

        // Someone offers more later; the bot restarts before the answer went out. The picture still shows the map as it was.
        await h.Say("carol", "/offer cooking meals for families");
        var afterRestart = new RecordingMapPainter();
        using var restarted = new CareEngine(h.Store, h.Clock, [h.Admins], mapPainter: afterRestart);
        var map = restarted.Outbox.Due(KnownPlatforms.Console, 10).First(m => m.Id == waiting.Id);
        var sent = restarted.Outbox.ReadyToSend(map);

        Assert.Equal(RecordingMapPainter.Picture, sent.Content.Attachment!.Content);
        var drawn = Assert.Single(afterRestart.Painted);
        Assert.Contains("transport", drawn.Rows.Select(row => row.Category.Id));
        Assert.DoesNotContain("meals", drawn.Rows.Select(row => row.Category.Id));
        Assert.Equal(waiting.Content.PlainText, sent.Content.PlainText);
    }
}
