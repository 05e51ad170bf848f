namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>A fact that needs the Bot API spec file and skips, saying why, where it is absent.</summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (SpecFile.Path is null)
        {
            Skip = "The Bot API spec (../shared/specs/telegram-bot-api/api.json next to the repository) is not on this machine.";
        }
    }
}
