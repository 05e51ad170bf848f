using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Gateway;

/// <summary>The connection properties Identify must carry.</summary>
internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string OperatingSystem,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device)
{
    public static IdentifyProperties Describing(string clientName) => new(OperatingSystemName(), clientName, clientName);

    private static string OperatingSystemName() =>
        System.OperatingSystem.IsLinux() ? "linux" : System.OperatingSystem.IsWindows() ? "windows" : System.OperatingSystem.IsMacOS() ? "macos" : "other";
}
