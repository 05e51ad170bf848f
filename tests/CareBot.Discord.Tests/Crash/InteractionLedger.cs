using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>Every interaction the members made in the run, and how each went: answered, or not, and then what they did.</summary>
internal sealed class InteractionLedger
{
    private readonly Lock _gate = new();
    private readonly List<FakeInteraction> _made = [];
    private int _unanswered;
    private int _storedUnanswered;
    private int _retried;

    public IReadOnlyList<FakeInteraction> Made
    {
        get
        {
            lock (_gate)
            {
                return [.. _made];
            }
        }
    }

    /// <summary>Interactions that got no answer in time (sent to a dead session, or caught by a kill mid-answer).</summary>
    public int Unanswered => Read(() => _unanswered);

    /// <summary>Unanswered commands whose effect the member then found stored (killed after the write, before the answer).</summary>
    public int StoredThoughUnanswered => Read(() => _storedUnanswered);

    /// <summary>Tries given again after an unanswered one.</summary>
    public int Retried => Read(() => _retried);

    public void Add(FakeInteraction interaction) => Change(() => _made.Add(interaction));

    public void NoAnswer() => Change(() => _unanswered++);

    public void FoundStored() => Change(() => _storedUnanswered++);

    public void TriesAgain() => Change(() => _retried++);

    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    private int Read(Func<int> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
