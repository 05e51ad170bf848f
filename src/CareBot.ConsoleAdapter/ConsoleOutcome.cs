namespace CareBot.ConsoleAdapter;

/// <summary>Whether the console session ended because of a bug, so the host exits non-zero instead of 0.</summary>
public sealed class ConsoleOutcome
{
    private int _failed;

    public bool Failed => Volatile.Read(ref _failed) == 1;

    public void Fail() => Interlocked.Exchange(ref _failed, 1);
}
