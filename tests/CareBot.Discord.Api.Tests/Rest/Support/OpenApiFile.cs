using System.Reflection;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>
/// Finds Discord's OpenAPI description beside the repository (../shared/specs/discord-api/openapi.json from the
/// folder holding CareBot.sln). It is never copied into the repository, so where it is absent the spec tests skip.
/// </summary>
public static class OpenApiFile
{
    public static string? Path { get; } = Locate();

    private static string? Locate()
    {
        var recorded = typeof(OpenApiFile).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "CareBot.RepositoryRoot")?.Value;
        foreach (var start in new[] { recorded, AppContext.BaseDirectory }.Where(start => !string.IsNullOrEmpty(start)))
        {
            for (var directory = new DirectoryInfo(start!); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "CareBot.sln")))
                {
                    var spec = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "specs", "discord-api", "openapi.json"));
                    return File.Exists(spec) ? spec : null;
                }
            }
        }

        return null;
    }
}
