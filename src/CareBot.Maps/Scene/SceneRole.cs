namespace CareBot.Maps.Scene;

/// <summary>What a piece of the picture is for, so tests (and readers) can find it without knowing where it is drawn.</summary>
internal enum SceneRole
{
    Heading,
    Title,
    Summary,
    Legend,
    Category,
    PeopleBar,
    FreeNowBar,
    NeedsBar,
    Track,
    PeopleValue,
    NeedsValue,
    GapBand,
    GapNotice,
    MoreCategories,
    Note,
}
