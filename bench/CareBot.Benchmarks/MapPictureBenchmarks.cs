using BenchmarkDotNet.Attributes;
using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Reports;
using CareBot.Maps;
using Perfolizer.Mathematics.OutlierDetection;
using SkiaSharp;

namespace CareBot.Benchmarks;

/// <summary>
/// /map as a picture (issue 12) for a community of 10,000 (the seeded one: 50,000 offers over all 18 categories, 500
/// open needs): <see cref="Paint"/> is the painter alone, laying out and drawing the map the engine built and encoding
/// the PNG (<see cref="LayOut"/> is its first step alone); <see cref="MapWithPicture"/> is the whole command through the
/// engine, picture and outbox write included.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 20, iterationCount: 200, invocationCount: 1)]
[GcForce(false)]
[Outliers(OutlierMode.DontRemove)]
[Config(typeof(PerOperationColumns))]
public class MapPictureBenchmarks : IDisposable
{
    private readonly ScottPlotMapPainter _painter = new();
    private SeededCommunity? _community;
    private ResourceMap? _map;
    private int _maps;
    private int _pictures;

    [Params(10_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var capture = new MapCapture(_painter);
        _community = await SeededCommunity.CreateAsync(Members, CancellationToken.None, capture);
        await Map();
        _map = capture.LastMap!;
        var picture = capture.LastPicture!;
        using var decoded = SKBitmap.Decode(picture.Content);
        Console.WriteLine($"// {_map.Rows.Count} categories ({_map.Gaps.Count()} gaps), {_map.ActiveOffers:N0} offers, {_map.OpenNeeds:N0} open needs; "
            + $"the picture: {decoded.Width}×{decoded.Height}, {picture.Content.Length:N0} bytes");
        await _community.DeliverEverythingAsync(CancellationToken.None);
    }

    /// <summary>The layout alone (what goes where, every word measured and fitted): the part of <see cref="Paint"/> that is ours.</summary>
    [Benchmark]
    public int LayOut() => CareBot.Maps.Scene.MapSceneBuilder.Build(_map!).Texts.Count;

    [Benchmark]
    public Attachment Paint() => _painter.Paint(_map!);

    [Benchmark]
    public Task<EngineResult> MapWithPicture() => Map();

    /// <summary>
    /// Each /map's picture goes to the outbox; delivering it (outside the measurement) keeps the outbox as short as the
    /// adapters keep it. Counting the pictures on the way proves every measured command drew one.
    /// </summary>
    [IterationCleanup(Target = nameof(MapWithPicture))]
    public void DeliverTheMap()
    {
        var outbox = _community!.Engine.Outbox;
        _pictures += outbox.Due(CareBot.Core.Platforms.KnownPlatforms.Console, 100).Count(m => m.Content.Attachment?.FileName == MapPicture.FileName);
        _community.DeliverEverythingAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        if (_maps > 1)
        {
            Console.WriteLine($"// {_pictures} of {_maps - 1} /map answers carried a picture");
        }

        Dispose();
    }

    public void Dispose()
    {
        _community?.Dispose();
        _community = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>Asked by a different member each time, as in a real group: one member asking over and over would be throttled.</summary>
    private Task<EngineResult> Map() =>
        _community!.Engine.HandleAsync(new Inbound(_community.Requester(_maps++), SeededCommunity.Town, "/map"), CancellationToken.None);
}
