namespace CareBot.Core.Engine;

/// <summary>What became of a platform's news that a group chat has a new address.</summary>
public enum SpaceMove
{
    /// <summary>The space, and every message waiting for it, now use the new address.</summary>
    Moved,

    /// <summary>Nothing was known at the old address, or the move was already made (platforms announce it twice).</summary>
    NothingToMove,

    /// <summary>
    /// The new address already belongs to a space of its own (it was used before the move was heard of). The two are
    /// left apart rather than merging two communities behind their members' backs.
    /// </summary>
    AddressTaken,
}
