namespace CareBot.Core.Matching;

/// <summary>Why a member whose offer matches is not asked. Kept explicit so every rule is tested by name.</summary>
internal enum ExclusionReason
{
    None,
    Requester,
    AlreadyHelping,
    AlreadyAsked,
    Passed,
    Paused,
    AtCap,
    OutsideScope,
    DailyLimitReached,
    NotificationsOff,
}
