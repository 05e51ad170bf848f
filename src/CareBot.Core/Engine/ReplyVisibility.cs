namespace CareBot.Core.Engine;

public enum ReplyVisibility
{
    /// <summary>Shown where the command was typed.</summary>
    Public,

    /// <summary>Only for the person: a private message, or an ephemeral reply on Discord.</summary>
    Private,
}
