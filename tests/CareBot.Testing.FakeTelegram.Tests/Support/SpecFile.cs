namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// Finds the Bot API spec that lives beside the repository (../shared/specs/telegram-bot-api/api.json from the
/// folder holding CareBot.sln). It is never copied into the repository, so where it is absent the spec tests skip.
/// </summary>
public static class SpecFile
{
    public static string? Path { get; } = Locate();

    private static string? Locate()
    {
        var recorded = typeof(SpecFile).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CareBot.RepositoryRoot")?.Value;
        var starts = new[] { recorded, AppContext.BaseDirectory }.Where(s => !string.IsNullOrEmpty(s));
        foreach (var start in starts)
        {
            if (FindFrom(start!) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CareBot.sln")))
            {
                var spec = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "specs", "telegram-bot-api", "api.json"));
                return File.Exists(spec) ? spec : null;
            }
        }

        return null;
    }
}
