namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// A need's story in the run: asked, claimed, sometimes given up and claimed by someone else, sometimes marked done.
/// Its number is known only once the commands are in their final order (the bot numbers needs as it handles them).
/// </summary>
internal sealed class PlannedNeed(CrashMember requester, string tag)
{
    public CrashMember Requester { get; } = requester;

    public string Tag { get; } = tag;

    public int Number { get; set; }

    /// <summary>Who is helping at the end.</summary>
    public CrashMember? Helper { get; set; }

    /// <summary>The tag in the thank-you, when the story ends with /done.</summary>
    public string? ThanksTag { get; set; }
}
