namespace CareBot.Simulation.Policies;

/// <summary>
/// A way of asking, realised with the real engine: the group's agreements the coordinator sets with /agree (null keeps
/// the engine's default), a cap members who never chose one are given with /me cap, and whether a broadcast adapter
/// also pings every member whose offers fit as soon as a need is posted.
/// </summary>
internal sealed record AskingPolicy(string Name, int? WaveSize = null, int? WaveHours = null, int? DailyLimit = null, int? DefaultCap = null, bool PingEveryoneMatching = false)
{
    /// <summary>CareBot as the engine is configured: its default waves, daily limit and cap.</summary>
    public static AskingPolicy CareBot { get; } = new("CareBot");

    /// <summary>
    /// Everyone whose offers fit, at once: the engine opened to its widest agreements (20 a wave, a wave an hour, 50
    /// requests a day), and a broadcast adapter that pings, the moment a need is posted, every member with an active
    /// offer in one of its categories whom the engine did not ask. A member is pinged at most once per need, whoever
    /// pinged them.
    /// </summary>
    public static AskingPolicy Broadcast { get; } = new("Broadcast", WaveSize: 20, WaveHours: 1, DailyLimit: 50, PingEveryoneMatching: true);

    /// <summary>A dispatcher: the best-matched available person, one at a time, the next after two hours without an answer.</summary>
    public static AskingPolicy Dispatcher { get; } = new("Dispatcher", WaveSize: 1, WaveHours: 2);

    public static IReadOnlyList<AskingPolicy> Compared { get; } = [CareBot, Broadcast, Dispatcher];

    /// <summary>The /agree commands that set this policy's agreements.</summary>
    public IEnumerable<string> Agreements()
    {
        if (WaveSize is { } size)
        {
            yield return $"/agree wave-size {size}";
        }

        if (WaveHours is { } hours)
        {
            yield return $"/agree wave-hours {hours}";
        }

        if (DailyLimit is { } limit)
        {
            yield return $"/agree daily-limit {limit}";
        }
    }

    /// <summary>"wave 3, 12 h, 5/day, cap 2" with the engine's defaults filled in.</summary>
    public string Describe(Core.Communities.Agreements defaults) =>
        $"wave {WaveSize ?? defaults.FirstWaveSize}, {WaveHours ?? defaults.WaveHours} h, {DailyLimit ?? defaults.DailyAskLimit}/day, cap {DefaultCap ?? Core.Members.Member.DefaultCap}"
        + (PingEveryoneMatching ? ", + ping all matching" : "");
}
