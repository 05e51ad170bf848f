using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;

namespace CareBot.Core.Storage;

/// <summary>
/// What other processes sharing the store changed between this process's previous write and the start of this
/// transaction, each changed row as it is now (null where it was deleted), so a copy kept in memory can be patched
/// instead of thrown away. Only rows an engine keeps in memory are listed: communities, spaces, members, offers, needs,
/// and the names of changed cursors.
/// </summary>
public sealed class StoreChanges
{
    /// <summary>Nobody else wrote: whatever is kept in memory is still true.</summary>
    public static readonly StoreChanges None = new(unknown: false);

    /// <summary>Others wrote, but what is not known (too much, or from before this process knew the store): drop every copy.</summary>
    public static readonly StoreChanges Unknown = new(unknown: true);

    private StoreChanges(bool unknown) => IsUnknown = unknown;

    public StoreChanges(
        IReadOnlyDictionary<int, Community?> communities,
        IReadOnlyDictionary<string, Space?> spaces,
        IReadOnlyDictionary<int, Member?> members,
        IReadOnlyDictionary<int, Offer?> offers,
        IReadOnlyDictionary<int, Need?> needs,
        IReadOnlyCollection<string> cursors)
    {
        Communities = communities;
        Spaces = spaces;
        Members = members;
        Offers = offers;
        Needs = needs;
        Cursors = cursors;
    }

    public bool IsUnknown { get; }

    /// <summary>Changed communities by id; null for one deleted (merged into another).</summary>
    public IReadOnlyDictionary<int, Community?> Communities { get; } = new Dictionary<int, Community?>();

    /// <summary>Changed spaces by key (<see cref="Space.Key"/>); null for one deleted (moved to a new address).</summary>
    public IReadOnlyDictionary<string, Space?> Spaces { get; } = new Dictionary<string, Space?>();

    public IReadOnlyDictionary<int, Member?> Members { get; } = new Dictionary<int, Member?>();

    public IReadOnlyDictionary<int, Offer?> Offers { get; } = new Dictionary<int, Offer?>();

    public IReadOnlyDictionary<int, Need?> Needs { get; } = new Dictionary<int, Need?>();

    /// <summary>Names of cursors set or deleted.</summary>
    public IReadOnlyCollection<string> Cursors { get; } = [];

    /// <summary>How many rows changed, for a log or a benchmark.</summary>
    public int Count => Communities.Count + Spaces.Count + Members.Count + Offers.Count + Needs.Count + Cursors.Count;
}
