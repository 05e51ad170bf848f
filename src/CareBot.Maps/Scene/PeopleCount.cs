using CareBot.Core.Messages;

namespace CareBot.Maps.Scene;

/// <summary>
/// A count of people as the picture may show it, by the rule the text follows (<see cref="Words.SmallestCrowd"/>):
/// exact from 3 on, "fewer than 3" for 1 or 2. A bar would give the number away by its length, so 1 and 2 are drawn
/// alike, as long as a bar of 2.
/// </summary>
internal readonly record struct PeopleCount(int Exact)
{
    /// <summary>Whether the exact number must not be shown.</summary>
    public bool IsVague => Exact is > 0 and < Words.SmallestCrowd;

    /// <summary>The length a bar of these people is drawn at.</summary>
    public double BarValue => IsVague ? Words.SmallestCrowd - 1 : Math.Max(Exact, 0);

    /// <summary>"no one", "fewer than 3", "1,204".</summary>
    public string Number => Exact <= 0 ? "no one" : IsVague ? $"fewer than {Words.SmallestCrowd}" : Counted.Number(Exact);
}
