namespace CareBot.Discord.Tests.Crash;

/// <summary>A need of the run: who asks, its tag and words, and, once the run got there, its number and helper.</summary>
internal sealed class PlannedNeed(PatientMember requester, string tag, string text, bool done, bool doneByButton, string thanksTag)
{
    public PatientMember Requester { get; } = requester;

    public string Tag { get; } = tag;

    public string Text => $"{Tag} {text}";

    public bool Done { get; } = done;

    /// <summary>Marked done with "It's done" on the requester's good news, or else with /done and a thank-you.</summary>
    public bool DoneByButton { get; } = doneByButton;

    public string ThanksTag { get; } = thanksTag;

    public int? Number { get; set; }

    public PatientMember? Helper { get; set; }

    /// <summary>Whether the helper was found through an ask in their DMs (or else claimed it with /claim).</summary>
    public bool ClaimedFromAsk { get; set; }
}
