namespace CareBot.Core.Safety;

/// <summary>What the detector made of a text: the kind of danger, and the cue that decided it (for tests and tuning, never logged with the text).</summary>
public readonly record struct EmergencyAssessment(EmergencyKind Kind, string? Cue)
{
    public static EmergencyAssessment None => default;

    public bool IsEmergency => Kind != EmergencyKind.None;
}
