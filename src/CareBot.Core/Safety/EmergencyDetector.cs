namespace CareBot.Core.Safety;

/// <summary>
/// Notices a need that describes danger now (to life, from violence, from fire or gas, a missing child, thoughts
/// of suicide), so it is answered privately with the group's emergency numbers instead of being posted. It reads
/// clauses for meaning through each language's <see cref="IEmergencyLexicon"/>: a cue (someone + a state) raises
/// the alarm unless its own clause is calmed by a negation, a past time or an idiom; a cue that is only an
/// emergency when happening now ("had a stroke") is also calmed by such words anywhere in the message. When in
/// doubt it asks: a false alarm costs one private message with a "post it anyway" button, a miss could cost a life.
/// </summary>
public sealed class EmergencyDetector(IEnumerable<IEmergencyLexicon> lexicons)
{
    private readonly IEmergencyLexicon[] _lexicons = [.. lexicons];

    /// <summary>English, the language every group is read in today.</summary>
    public static EmergencyDetector Default { get; } = new([English.EnglishEmergencyLexicon.Instance]);

    public EmergencyAssessment Assess(string text)
    {
        var best = EmergencyAssessment.None;
        foreach (var lexicon in _lexicons)
        {
            var found = Assess(text, lexicon);
            if (found.IsEmergency && (!best.IsEmergency || Urgency(found.Kind) > Urgency(best.Kind)))
            {
                best = found;
            }
        }

        return best;
    }

    private static EmergencyAssessment Assess(string text, IEmergencyLexicon lexicon)
    {
        var clauses = EmergencyText.Clauses(text, lexicon);
        bool? reassured = null;
        var best = EmergencyAssessment.None;
        foreach (var clause in clauses)
        {
            bool? calmed = null;
            foreach (var cue in lexicon.Cues)
            {
                if ((best.IsEmergency && Urgency(cue.Kind) <= Urgency(best.Kind)) || !cue.Matches(clause))
                {
                    continue;
                }

                reassured ??= cue.OnlyIfNow ? clauses.Exists(lexicon.Reassures) : null;
                if (cue.OnlyIfNow && reassured == true)
                {
                    continue;
                }

                // Checked only once a cue matched: most clauses match none, so most never pay for it.
                calmed ??= lexicon.Calms(clause);
                if (calmed.Value)
                {
                    break;
                }

                best = new EmergencyAssessment(cue.Kind, cue.Name);
            }
        }

        return best;
    }

    /// <summary>
    /// When a message names two dangers, the answer leads with the one to act on first: swallowed pills and fire
    /// before a threat, a threat before an injury (the violence answer also says to call), and thoughts of suicide
    /// last because every other answer still carries the group's crisis numbers.
    /// </summary>
    private static int Urgency(EmergencyKind kind) => kind switch
    {
        EmergencyKind.Overdose => 6,
        EmergencyKind.FireOrGas => 5,
        EmergencyKind.Violence => 4,
        EmergencyKind.Medical => 3,
        EmergencyKind.Missing => 2,
        EmergencyKind.SuicideOrSelfHarm => 1,
        _ => 0,
    };
}
