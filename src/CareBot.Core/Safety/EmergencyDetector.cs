namespace CareBot.Core.Safety;

/// <summary>
/// Notices words that suggest danger to life, self-harm or a medical emergency. Such a message is not
/// posted as an ordinary need: the person is answered privately with the group's emergency numbers.
/// It errs on the side of asking: a false alarm costs one private message, a miss could cost much more.
/// </summary>
public static class EmergencyDetector
{
    private static readonly string[] Phrases =
    [
        "suicide", "suicidal", "kill myself", "killing myself", "end my life", "ending my life", "take my own life",
        "want to die", "don't want to live", "dont want to live", "self-harm", "self harm", "hurt myself", "harm myself",
        "cut myself", "overdose", "overdosed", "heart attack", "chest pain", "stroke", "not breathing", "can't breathe",
        "cant breathe", "cannot breathe", "unconscious", "seizure", "bleeding badly", "bleeding heavily", "severe bleeding",
        "in danger", "being attacked", "going to hurt me", "going to kill", "threatening to kill", "emergency",
        "ambulance", "call 911", "call 112", "call 999",
    ];

    public static bool LooksLikeEmergency(string text)
    {
        var normalized = " " + new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c is '\'' or '-' ? c : ' ')]) + " ";
        normalized = string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        normalized = " " + normalized + " ";
        return Phrases.Any(phrase => normalized.Contains(" " + phrase + " ", StringComparison.Ordinal)
            || normalized.Contains(" " + phrase + "s ", StringComparison.Ordinal));
    }
}
