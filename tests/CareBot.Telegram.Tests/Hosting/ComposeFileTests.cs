using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareBot.Telegram.Tests.Hosting;

/// <summary>
/// No Docker here to start docker-compose.yml, so it is read for what would make it start something other than two
/// CareBots sharing one PostgreSQL behind the balancer: a misspelt option is silently ignored by CareBot's configuration,
/// and a balancer that forgets an instance or sends to the wrong port or path loses updates quietly.
/// </summary>
public sealed partial class ComposeFileTests
{
    [Fact]
    public void Every_setting_given_to_an_instance_is_one_CareBot_reads()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(DockerfileTests.RepositoryRoot(), "appsettings.example.json")));

        var unknown = CareBots().SelectMany(Environment).Select(setting => setting.Key)
            .Where(key => !Names(example.RootElement, key.Split("__")))
            .Distinct();

        Assert.Empty(unknown);
    }

    [Fact]
    public void At_least_two_instances_share_one_PostgreSQL_each_under_its_own_name()
    {
        var instances = CareBots().Select(Environment).ToList();

        Assert.True(instances.Count >= 2, "docker-compose.yml should run at least two CareBot instances");
        Assert.All(instances, settings => Assert.Equal("PostgreSql", settings["Storage__Provider"]));
        Assert.Single(instances.Select(settings => settings["Storage__ConnectionString"]).Distinct());
        Assert.Equal(instances.Count, instances.Select(settings => settings["Cluster__InstanceId"]).Distinct().Count());
        Assert.Contains("Host=postgres;", instances[0]["Storage__ConnectionString"], StringComparison.Ordinal);
        Assert.True(Services().Children.ContainsKey(new YamlScalarNode("postgres")), "docker-compose.yml has no postgres service");
    }

    [Fact]
    public void The_balancer_passes_the_webhook_path_to_every_instance_where_it_listens()
    {
        var nginx = File.ReadAllText(Path.Combine(DockerfileTests.RepositoryRoot(), "deploy", "nginx.conf"));
        var upstream = Upstream().Match(nginx).Groups["servers"].Value;

        foreach (var (name, settings) in CareBots().Select(s => (Name(s), Environment(s))))
        {
            var port = new Uri(settings["Telegram__Webhook__ListenUrl"].Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;
            Assert.Contains($"server {name}:{port} ", upstream, StringComparison.Ordinal);

            var path = WebhookPath().Match(settings["Telegram__Webhook__Url"]).Groups["path"].Value;
            var location = Location().Match(nginx).Groups["prefix"].Value;
            Assert.StartsWith(location, path, StringComparison.Ordinal);
        }
    }

    private static YamlMappingNode Services()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(DockerfileTests.RepositoryRoot(), "docker-compose.yml")));
        var stream = new YamlStream();

        // Compose files share settings through anchors and merge keys (<<), which only the merging parser applies.
        stream.Load(new MergingParser(new Parser(reader)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return (YamlMappingNode)root["services"];
    }

    /// <summary>The services built from this repository's Dockerfile, by name.</summary>
    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> CareBots() =>
        Services().Children.Where(service => ((YamlMappingNode)service.Value).Children.ContainsKey(new YamlScalarNode("build")));

    private static string Name(KeyValuePair<YamlNode, YamlNode> service) => ((YamlScalarNode)service.Key).Value!;

    private static Dictionary<string, string> Environment(KeyValuePair<YamlNode, YamlNode> service) =>
        ((YamlMappingNode)((YamlMappingNode)service.Value)["environment"]).Children
            .ToDictionary(setting => ((YamlScalarNode)setting.Key).Value!, setting => ((YamlScalarNode)setting.Value).Value ?? "");

    private static bool Names(JsonElement element, string[] path)
    {
        foreach (var part in path)
        {
            if (!element.TryGetProperty(part, out element))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"upstream carebot \{(?<servers>[^}]*)\}")]
    private static partial Regex Upstream();

    [GeneratedRegex(@"location (?<prefix>/\S+/) \{")]
    private static partial Regex Location();

    [GeneratedRegex(@"^https://[^/]+(?<path>/.*)$")]
    private static partial Regex WebhookPath();
}
