using System.Runtime.CompilerServices;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>A fact that needs the Bot API spec file and skips, saying why, where it is absent.</summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
        : this(SpecFile.Path, test, file)
    {
    }

    internal SpecFactAttribute(string? spec, string test, string file)
    {
        if (spec is null)
        {
            Skip = "The Bot API spec (../shared/specs/telegram-bot-api/api.json next to the repository) is not on this machine.";

            // dotnet test's usual output names a skipped test but not why (the reason shows only at normal verbosity and
            // above), so the name carries it.
            DisplayName = $"{System.IO.Path.GetFileNameWithoutExtension(file)}.{test}, skipped: {Skip}";
        }
    }
}
