namespace CareBot.Discord.Tests.Crash;

/// <summary>An offer of the run: whose, its tag, and its words with the tag in front.</summary>
internal sealed record PlannedOffer(PatientMember Member, string Tag, string Words)
{
    public string Text => $"{Tag} {Words}";
}
