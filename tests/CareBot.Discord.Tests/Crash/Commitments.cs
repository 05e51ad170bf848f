namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// Who is helping with how many needs not yet done, kept by the run so a helper is never one already at their cap
/// (two at once by default), which the bot would refuse: the run is about crashes, not caps.
/// </summary>
internal sealed class Commitments
{
    private readonly Dictionary<PatientMember, int> _helping = [];

    public bool TryTake(PatientMember member)
    {
        lock (_helping)
        {
            var count = _helping.GetValueOrDefault(member);
            if (count >= Core.Members.Member.DefaultCap)
            {
                return false;
            }

            _helping[member] = count + 1;
            return true;
        }
    }

    public void Finished(PatientMember member)
    {
        lock (_helping)
        {
            _helping[member]--;
        }
    }
}
