namespace CareBot.Discord.Api.Gateway;

/// <summary>Exponential backoff with jitter: each failure in a row doubles the ceiling (up to the maximum) and the wait is a random half to whole of it, so many bots cut off together do not return together.</summary>
internal sealed class ReconnectBackoff(TimeSpan first, TimeSpan maximum, Random random)
{
    private int failuresInARow;

    public TimeSpan Next()
    {
        var ceiling = first * Math.Pow(2, Math.Min(failuresInARow, 20));
        if (ceiling > maximum)
        {
            ceiling = maximum;
        }
        failuresInARow++;
        return ceiling * (0.5 + random.NextDouble() / 2);
    }

    public void Reset() => failuresInARow = 0;
}
