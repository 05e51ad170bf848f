using CareBot.Core.Reports;
using CareBot.Maps.Drawing;
using CareBot.Maps.Scene;
using SkiaSharp;

namespace CareBot.Maps.Tests.Support;

/// <summary>Each sample map laid out and drawn, once per test run: drawing is the slow part.</summary>
internal static class Pictures
{
    private static readonly Dictionary<string, (MapScene Scene, byte[] Png)> Drawn = [];

    public static IEnumerable<string> Names => ["empty", "small", "typical", "crowded"];

    public static ResourceMap Map(string name) => name switch
    {
        "empty" => MapSamples.Empty(),
        "small" => MapSamples.Small(),
        "typical" => MapSamples.Typical(),
        "crowded" => MapSamples.Crowded(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    public static MapScene Scene(string name) => Of(name).Scene;

    public static byte[] Png(string name) => Of(name).Png;

    public static SKBitmap Bitmap(string name) => SKBitmap.Decode(Png(name)) ?? throw new InvalidOperationException($"The {name} picture does not decode.");

    private static (MapScene Scene, byte[] Png) Of(string name)
    {
        lock (Drawn)
        {
            if (!Drawn.TryGetValue(name, out var drawn))
            {
                var scene = MapSceneBuilder.Build(Map(name));
                drawn = (scene, ScenePainter.Png(scene));
                Drawn[name] = drawn;
            }

            return drawn;
        }
    }
}
