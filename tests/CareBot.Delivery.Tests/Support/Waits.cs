namespace CareBot.Delivery.Tests.Support;

/// <summary>How long a test waits for something the pipeline should do: generous, because the machine may be busy.</summary>
internal static class Waits
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);
}
