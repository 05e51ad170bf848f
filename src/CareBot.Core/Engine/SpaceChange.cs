namespace CareBot.Core.Engine;

/// <summary>What meeting a group did to its space: nothing new, a reopening, or a new community.</summary>
internal enum SpaceChange
{
    AlreadyOpen,
    Reopened,
    Created,
}
