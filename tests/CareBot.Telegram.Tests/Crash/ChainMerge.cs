namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// Interleaves sequences of commands at random, each keeping its own order: the next command comes from a sequence
/// chosen in proportion to what it has left, so every sequence is spread over the whole run.
/// </summary>
internal static class ChainMerge
{
    public static List<PlannedCommand> Merge(IReadOnlyList<Queue<Func<PlannedCommand>>> chains, Random random)
    {
        var merged = new List<PlannedCommand>();
        for (var left = chains.Sum(chain => chain.Count); left > 0; left--)
        {
            var pick = random.Next(left);
            var chosen = chains[0];
            foreach (var chain in chains)
            {
                chosen = chain;
                pick -= chain.Count;
                if (pick < 0)
                {
                    break;
                }
            }

            merged.Add(chosen.Dequeue()());
        }

        return merged;
    }
}
