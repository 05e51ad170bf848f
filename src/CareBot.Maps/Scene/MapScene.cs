namespace CareBot.Maps.Scene;

/// <summary>
/// Everything the /map picture shows, placed and fitted, before any pixel is drawn: the model the tests read and the
/// one <see cref="Drawing.ScenePainter"/> draws. <see cref="MoreCategories"/> counts the categories left to the text
/// (<see cref="MoreGaps"/> of them gaps), so a crowded map stays readable on a phone.
/// </summary>
internal sealed record MapScene(
    int Width,
    int Height,
    IReadOnlyList<SceneRect> Rects,
    IReadOnlyList<SceneText> Texts,
    IReadOnlyList<ShownCategory> Shown,
    int MoreCategories,
    int MoreGaps);
