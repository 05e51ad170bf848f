namespace CareBot.Testing.FakeTelegram.State;

/// <summary>One getUpdates call in flight; a newer call terminates it, and it then answers 409.</summary>
internal sealed class PollSession
{
    public bool Terminated { get; private set; }

    public void Terminate() => Terminated = true;
}
