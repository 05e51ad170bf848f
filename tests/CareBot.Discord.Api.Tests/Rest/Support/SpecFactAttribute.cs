using System.Runtime.CompilerServices;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>A fact that needs Discord's openapi.json and skips, saying why, where it is absent.</summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (OpenApiFile.Path is null)
        {
            Skip = "Discord's OpenAPI spec (../shared/specs/discord-api/openapi.json next to the repository) is not on this machine.";

            // dotnet test's usual output names a skipped test but not why (the reason shows only at normal verbosity and
            // above), so the name carries it.
            DisplayName = $"{System.IO.Path.GetFileNameWithoutExtension(file)}.{test}, skipped: {Skip}";
        }
    }
}
