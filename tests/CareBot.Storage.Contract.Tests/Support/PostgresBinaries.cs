namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// Where initdb and pg_ctl are: on PATH, in /usr/local/bin, or where Debian's packages put them
/// (/usr/lib/postgresql/VERSION/bin, not on PATH), newest version first.
/// </summary>
internal static class PostgresBinaries
{
    public const string SearchedPlaces = "PATH, /usr/local/bin, /usr/lib/postgresql/*/bin";

    public static string? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(dir => Path.Combine(dir, "bin"))
            : [];
        return onPath.Append("/usr/local/bin").Concat(debian).FirstOrDefault(HasServerTools);
    }

    private static bool HasServerTools(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static int VersionOf(string folder) => int.TryParse(Path.GetFileName(folder), out var version) ? version : 0;
}
