namespace CareBot.Discord.Tests.Support;

/// <summary>
/// A dispatch as Discord numbered it. Its payload is made when it first goes out on a connection (an interaction's
/// 3-second window starts when Discord delivers it), then kept, so a replay sends the very same event.
/// </summary>
internal sealed class SentDispatch(int sequence, string name, Func<string> payload)
{
    private string? _json;

    public int Sequence => sequence;

    public string Name => name;

    public string Json => _json ??= payload();
}
