namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>A fact that needs Discord's openapi.json and skips, saying why, where it is absent.</summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (OpenApiFile.Path is null)
        {
            Skip = "Discord's OpenAPI spec (../shared/specs/discord-api/openapi.json next to the repository) is not on this machine.";
        }
    }
}
