namespace CareBot.Core.Members;

public enum CheckInPreference
{
    Off,

    /// <summary>"How are you doing this week?" once a week, in private.</summary>
    Weekly,
}
