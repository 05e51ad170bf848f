using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// What keeps requests waiting: the holds a test set, and the answer delay every request gets after it was handled
/// (<see cref="FakeDiscordRestOptions.AnswerDelay"/>). Has its own lock: a held request must not hold the state's.
/// </summary>
internal sealed class FakeRestHolds(FakeDiscordRestOptions options)
{
    private readonly List<FakeRestHold> _holds = [];

    public FakeRestHold Add(string route, FakeHoldPoint point, Func<JsonNode?, bool>? matches)
    {
        var hold = new FakeRestHold(route, point, matches);
        lock (_holds)
        {
            _holds.Add(hold);
        }

        return hold;
    }

    /// <summary>Lets a request past <paramref name="point"/>, after its hold or delay if it has one; false when it is to be dropped.</summary>
    public async Task<bool> PassAsync(string? route, string path, JsonNode? json, FakeHoldPoint point, CancellationToken clientGone)
    {
        FakeRestHold? hold = null;
        lock (_holds)
        {
            foreach (var candidate in _holds)
            {
                if (candidate.TryTake(route, path, json, point))
                {
                    hold = candidate;
                    break;
                }
            }
        }

        if (hold is not null && !await hold.WaitAsync(clientGone))
        {
            return false;
        }

        if (point != FakeHoldPoint.AfterHandling || options.AnswerDelay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            // Real time, whatever the fake's clock: this is the network and Discord's own work, not a limit.
            await Task.Delay(options.AnswerDelay, clientGone);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Abandons every hold, so a server stopping is not kept waiting.</summary>
    public void AbandonAll()
    {
        lock (_holds)
        {
            _holds.ForEach(hold => hold.Abandon());
        }
    }
}
