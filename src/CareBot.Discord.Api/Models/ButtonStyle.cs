namespace CareBot.Discord.Api.Models;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,

    /// <summary>Opens <see cref="Button.Url"/>; has no custom_id and sends no interaction.</summary>
    Link = 5,
}
