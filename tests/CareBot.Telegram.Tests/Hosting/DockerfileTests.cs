using System.Reflection;
using System.Text.RegularExpressions;

namespace CareBot.Telegram.Tests.Hosting;

/// <summary>No Docker here to build the image, so the Dockerfile is read for what has broken it before.</summary>
public sealed partial class DockerfileTests
{
    [Fact]
    public void Every_project_the_host_needs_is_copied_before_the_restore()
    {
        var root = RepositoryRoot();
        var dockerfile = File.ReadAllText(Path.Combine(root, "Dockerfile"));
        var beforeRestore = dockerfile[..dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal)];

        var missing = ProjectsOf(Path.Combine(root, "src", "CareBot", "CareBot.csproj"))
            .Select(project => Path.GetRelativePath(root, project).Replace('\\', '/'))
            .Where(project => !beforeRestore.Contains($"COPY {project} ", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void The_health_check_asks_CareBot_itself()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile"));

        Assert.Matches(HealthCheck(), dockerfile);
    }

    [Fact]
    public void The_runtime_image_carries_aspnet_core_for_the_webhook()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile"));
        var final = dockerfile[dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", final, StringComparison.Ordinal);
    }

    /// <summary>The project and every project it references, however deep.</summary>
    private static HashSet<string> ProjectsOf(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Stack<string>([Path.GetFullPath(project)]);
        while (waiting.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(next)))
            {
                waiting.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, reference.Groups["path"].Value)));
            }
        }

        return found;
    }

    internal static string RepositoryRoot()
    {
        var recorded = typeof(DockerfileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CareBot.RepositoryRoot")?.Value;
        for (var directory = new DirectoryInfo(recorded ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dockerfile")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with the Dockerfile) was not found above the test assembly.");
    }

    [GeneratedRegex("""<ProjectReference Include="(?<path>[^"]+)" """)]
    private static partial Regex ProjectReference();

    [GeneratedRegex("""(?m)^HEALTHCHECK .*CMD \["dotnet", "CareBot\.dll", "health"\]$""")]
    private static partial Regex HealthCheck();
}
