namespace CareBot.Simulation.Running;

/// <summary>Things counted along a run that belong to no one need or member.</summary>
internal sealed class RunCounters
{
    /// <summary>"I can help" pressed after someone else had already taken the need: effort a broadcast wastes.</summary>
    public int LateAnswers { get; set; }

    /// <summary>Weeks off taken because of too many requests.</summary>
    public int OverloadBreaks { get; set; }

    /// <summary>Needs the engine did not post (it read them as an emergency, or refused them); the phrases are chosen so this stays 0.</summary>
    public int NotPosted { get; set; }
}
