namespace CareBot.Maps.Scene;

/// <summary>A category that has a row in the picture, as the map named it, and whether it is a gap.</summary>
internal sealed record ShownCategory(string Id, string Name, bool IsGap);
