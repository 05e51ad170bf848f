namespace CareBot.Core.Engine.Limits;

internal enum LimitVerdict
{
    Allowed,

    /// <summary>Past the limit for the first time since the member's last allowed command: they are told, once.</summary>
    FirstRefusal,

    /// <summary>Past the limit again: refused without another word, so a flood gets one answer, not one per command.</summary>
    Refused,
}
