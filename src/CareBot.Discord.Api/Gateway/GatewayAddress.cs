namespace CareBot.Discord.Api.Gateway;

/// <summary>Gateway addresses as Discord wants them: the same version and encoding query on the first connection and on every resume.</summary>
internal static class GatewayAddress
{
    public const string Query = "v=10&encoding=json";

    public static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = Query }.Uri;
}
