namespace CareBot.Core.Engine;

/// <summary>Why a private message is sent, which decides when it may arrive.</summary>
internal enum NotificationKind
{
    /// <summary>An answer to something the person just did: straight away.</summary>
    Answer,

    /// <summary>News for them (someone can help, a follow-up): held through their quiet hours.</summary>
    Notice,
}
