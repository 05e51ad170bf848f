using System.Reflection;
using System.Text.Json;
using CareBot.Composition;
using CareBot.Delivery;
using CareBot.Storage.LiteDb;
using CareBot.Telegram.Hosting;

namespace CareBot.Telegram.Tests.Hosting;

/// <summary>appsettings.example.json is where a newcomer learns the configuration: it must name every key CareBot reads.</summary>
public sealed class ExampleSettingsTests
{
    public static TheoryData<string> EveryKey()
    {
        var keys = new TheoryData<string>();
        foreach (var key in KeysOf(typeof(TelegramOptions), "Telegram").Concat(KeysOf(typeof(LiteDbOptions), LiteDbOptions.Section))
                     .Concat(KeysOf(typeof(StorageOptions), StorageOptions.Section))
                     .Concat(KeysOf(typeof(UnderstandingOptions), UnderstandingOptions.Section))
                     .Concat(KeysOf(typeof(ClusterOptions), ClusterOptions.Section))
                     .Concat(KeysOf(typeof(DeliveryOptions), DeliveryOptions.Section)))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(EveryKey))]
    public void The_example_settings_name_every_key_CareBot_reads(string key)
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.example.json")));

        var element = example.RootElement;
        foreach (var part in key.Split(':'))
        {
            Assert.True(element.TryGetProperty(part, out element), $"appsettings.example.json has no {key}");
        }
    }

    private static IEnumerable<string> KeysOf(Type options, string prefix)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            var nested = property.PropertyType.IsClass && property.PropertyType != typeof(string);
            foreach (var inner in nested ? KeysOf(property.PropertyType, key) : [key])
            {
                yield return inner;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var recorded = typeof(ExampleSettingsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CareBot.RepositoryRoot")?.Value;
        for (var directory = new DirectoryInfo(recorded ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "appsettings.example.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with appsettings.example.json) was not found above the test assembly.");
    }
}
