using CareBot.Simulation.Community;
using CareBot.Simulation.Model;
using MathNet.Numerics.Distributions;

namespace CareBot.Simulation.Behaviour;

/// <summary>
/// How a member answers a request: when they read it, and how likely they are to take it on, from how well it fits
/// what they offered, the moment, whether they are already helping, how often they were asked lately, and how many
/// others were asked with them.
/// </summary>
internal sealed class AnswerModel(SimulationModel model)
{
    private readonly DayRhythm _day = new(model);
    private readonly Fatigue _fatigue = new(model);

    public SimulationModel Model => model;

    public DayRhythm Day => _day;

    /// <summary>When a request that arrived at <paramref name="arrived"/> is read: after waking, after a delay that work lengthens.</summary>
    public DateTimeOffset ReadAt(SimMember member, DateTimeOffset arrived, Random random)
    {
        var awake = _day.NextAwake(member, arrived);
        var minutes = LogNormal.Sample(random, Math.Log(model.ReadDelayMedianMinutes), model.ReadDelaySigma);
        if (_day.IsAtWork(member, awake))
        {
            minutes *= model.ReadDelayAtWorkFactor;
        }

        var read = awake.AddMinutes(minutes);
        return _day.IsAsleep(member, read) ? _day.NextAwake(member, read).AddMinutes(minutes / 4) : read;
    }

    /// <summary>The chance the member takes the need on when reading the request at <paramref name="at"/>.</summary>
    /// <param name="fits">Whether the need is in a category they offered (not only close to one).</param>
    /// <param name="askedTogether">How many people the same request went to at once (1 for a dispatcher's call).</param>
    /// <param name="recentAsks">Requests they received in the last week, this one included.</param>
    /// <param name="sinceAskBefore">Time since the request before this one, if any.</param>
    /// <param name="busy">Whether they are already helping with something.</param>
    public double ClaimChance(SimMember member, DateTimeOffset at, bool fits, int askedTogether, int recentAsks, TimeSpan? sinceAskBefore, bool busy)
    {
        var chance = member.Willingness
            * (fits ? 1 : model.LooseFitFactor)
            * Moment(member, at)
            * (busy ? model.BusyFactor : 1)
            * _fatigue.Factor(recentAsks, sinceAskBefore)
            / (1 + model.DiffusionStrength * Math.Log(Math.Max(1, askedTogether)));
        return Math.Clamp(chance, 0, 1);
    }

    private double Moment(SimMember member, DateTimeOffset at) =>
        _day.IsAtWork(member, at) ? model.AtWorkFactor : DayRhythm.IsLateEvening(at) ? model.LateEveningFactor : 1;
}
