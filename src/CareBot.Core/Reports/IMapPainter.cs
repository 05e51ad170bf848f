using CareBot.Core.Messages;

namespace CareBot.Core.Reports;

/// <summary>
/// Draws the resource map as a picture to send beside its text. The engine knows no drawing library: the host plugs
/// one in (see <c>CareBot.Maps</c>), and without one /map answers in text alone.
/// </summary>
public interface IMapPainter
{
    /// <summary>
    /// The picture of <paramref name="map"/> (see <see cref="MapPicture"/> for its name and type). It runs after the
    /// command's turn, just before the answer is sent, on whichever thread sends it (several at once), so it must be safe
    /// to call concurrently and must not touch the store or the network.
    /// </summary>
    Attachment Paint(ResourceMap map);
}
