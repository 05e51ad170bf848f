namespace CareBot.Discord.Api.Models;

public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,
    User = 2,
    Message = 3,
}
