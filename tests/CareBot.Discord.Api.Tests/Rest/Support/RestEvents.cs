namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>The event ids of the client's log lines that tests wait on.</summary>
public static class RestEvents
{
    public const int WaitingForBucket = 9100;
    public const int WaitingForGlobalLimit = 9101;
    public const int RateLimited = 9102;
    public const int Retrying = 9103;
}
