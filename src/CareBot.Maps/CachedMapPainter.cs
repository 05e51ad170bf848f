using System.Text.Json;
using CareBot.Core.Messages;
using CareBot.Core.Reports;
using Microsoft.Extensions.Caching.Memory;

namespace CareBot.Maps;

/// <summary>
/// Draws each map once: members asking /map while nothing on it changed get the picture already drawn. Two maps draw
/// the same picture when everything the picture and its alt text show is the same: the group's name, its counts, every
/// row, and the day.
/// </summary>
/// <remarks>
/// A group's members ask for the map together (someone says "look at the map" in the chat). Drawn each time, a hundred
/// of them in a second took both cores of a small machine for over a second, with a picture's 600 KB of allocations
/// each, and the bot's private messages stopped meanwhile (measured; docs/benchmarks.md). Callers asking for a picture
/// being drawn wait for that drawing rather than starting their own.
/// </remarks>
public sealed class CachedMapPainter(IMapPainter painter) : IMapPainter, IDisposable
{
    // A picture is 50-150 KB: a few megabytes at most, for the groups whose maps are being looked at.
    private const int PicturesKept = 64;
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _pictures = new(new MemoryCacheOptions { SizeLimit = PicturesKept });
    private readonly Lock _lock = new();

    public Attachment Paint(ResourceMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var shown = Shown(map);
        Lazy<Attachment>? picture;
        lock (_lock)
        {
            if (!_pictures.TryGetValue(shown, out picture) || picture is null)
            {
                picture = new Lazy<Attachment>(() => painter.Paint(map));
                _pictures.Set(shown, picture, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptUnused });
            }
        }

        try
        {
            return picture.Value;
        }
        catch
        {
            // A drawing that failed is not kept: the next ask draws again.
            lock (_lock)
            {
                if (_pictures.TryGetValue(shown, out Lazy<Attachment>? kept) && ReferenceEquals(kept, picture))
                {
                    _pictures.Remove(shown);
                }
            }

            throw;
        }
    }

    public void Dispose() => _pictures.Dispose();

    /// <summary>
    /// Everything of the map that its picture shows, as one key: the map itself, with its moment only by its day, as the
    /// header shows it. As JSON, so no name can run into the next field, and a field added to the map is in the key.
    /// </summary>
    private static string Shown(ResourceMap map) =>
        JsonSerializer.Serialize(map with { At = new DateTimeOffset(map.At.Date, map.At.Offset) });
}
