using CareBot.Core.Messages;
using CareBot.Core.Reports;
using CareBot.Maps.Tests.Support;

namespace CareBot.Maps.Tests;

public sealed class CachedMapPainterTests
{
    [Fact]
    public async Task A_hundred_members_asking_for_the_same_map_at_once_get_one_drawing()
    {
        var drawn = new CountingPainter(TimeSpan.FromMilliseconds(50));
        using var painter = new CachedMapPainter(drawn);

        var pictures = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => painter.Paint(MapSamples.Small()))));

        Assert.Equal(1, drawn.Count);
        Assert.All(pictures, picture => Assert.Same(pictures[0], picture));
    }

    [Fact]
    public void A_map_that_changed_is_drawn_again_and_a_later_moment_of_the_same_day_is_not()
    {
        var drawn = new CountingPainter();
        using var painter = new CachedMapPainter(drawn);
        var map = MapSamples.Small();

        var first = painter.Paint(map);
        var laterToday = painter.Paint(map with { At = map.At.AddHours(2) });
        var oneMoreNeed = painter.Paint(map with { Rows = [.. map.Rows.Select((row, i) => i == 1 ? row with { OpenNeeds = row.OpenNeeds + 1 } : row)] });
        var tomorrow = painter.Paint(map with { At = map.At.AddDays(1) });
        var renamed = painter.Paint(map with { CommunityName = "Maple Street Circle" });

        Assert.Same(first, laterToday);
        Assert.Equal(4, drawn.Count);
        Assert.NotSame(first, oneMoreNeed);
        Assert.NotSame(first, tomorrow);
        Assert.NotSame(first, renamed);
    }

    [Fact]
    public void A_drawing_that_failed_is_tried_again_next_time()
    {
        var drawn = new CountingPainter { FailNext = true };
        using var painter = new CachedMapPainter(drawn);

        Assert.Throws<InvalidOperationException>(() => painter.Paint(MapSamples.Small()));
        var picture = painter.Paint(MapSamples.Small());

        Assert.Equal(2, drawn.Count);
        Assert.NotEmpty(picture.Content);
    }

    private sealed class CountingPainter(TimeSpan? takes = null) : IMapPainter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public bool FailNext { get; set; }

        public Attachment Paint(ResourceMap map)
        {
            Interlocked.Increment(ref _count);
            if (takes is { } time)
            {
                // Long enough that the other asks come while this one is drawing.
                Thread.Sleep(time);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("drawing failed");
            }

            return new Attachment("map.png", "image/png", [1, 2, 3]);
        }
    }
}
