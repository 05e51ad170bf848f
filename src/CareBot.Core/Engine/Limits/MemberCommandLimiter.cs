using CareBot.Core.Platforms;

namespace CareBot.Core.Engine.Limits;

/// <summary>
/// Each person's commands, partitioned by account. Kept in memory: a restart forgives a flood in progress, which costs
/// at most one more minute's worth of commands. Thread-safe: the engine asks it outside its write lock.
/// </summary>
internal sealed class MemberCommandLimiter(TimeProvider time) : IDisposable
{
    private const int SweepAbove = 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<UserRef, MemberAllowance> _people = [];

    public LimitVerdict Attempt(UserRef person, CommandLimits limits)
    {
        lock (_lock)
        {
            if (!_people.TryGetValue(person, out var allowance) || allowance.Limits != limits)
            {
                // New limits (an admin changed the agreement) start a fresh count rather than judge old commands by them.
                allowance?.Dispose();
                SweepIfLarge();
                _people[person] = allowance = new MemberAllowance(time, limits);
            }

            return allowance.Attempt();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var allowance in _people.Values)
            {
                allowance.Dispose();
            }

            _people.Clear();
        }
    }

    /// <summary>Forgets people whose commands have all left both windows, so the map holds only the recently active.</summary>
    private void SweepIfLarge()
    {
        if (_people.Count <= SweepAbove)
        {
            return;
        }

        foreach (var idle in _people.Where(pair => pair.Value.IsIdle).Select(pair => pair.Key).ToList())
        {
            _people[idle].Dispose();
            _people.Remove(idle);
        }
    }
}
