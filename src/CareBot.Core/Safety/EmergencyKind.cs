namespace CareBot.Core.Safety;

/// <summary>What kind of danger a message seems to describe, so the private answer can lead with what helps most.</summary>
public enum EmergencyKind
{
    None,

    /// <summary>Breathing, heart, stroke, seizure, bleeding, choking, allergy, a fall, drowning: call the emergency number.</summary>
    Medical,

    /// <summary>Too many pills, or something poisonous swallowed: call the emergency number now.</summary>
    Overdose,

    /// <summary>Thoughts of suicide, saying goodbye, self-harm: a crisis line and a warm word come first.</summary>
    SuicideOrSelfHarm,

    /// <summary>Someone hurt, threatened, locked in or broken in on: the emergency number and getting somewhere safe.</summary>
    Violence,

    /// <summary>Fire, smoke, gas or carbon monoxide: get out first, then call.</summary>
    FireOrGas,

    /// <summary>A missing child or vulnerable adult: call the emergency number now.</summary>
    Missing,
}
