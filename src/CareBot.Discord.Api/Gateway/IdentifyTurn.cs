namespace CareBot.Discord.Api.Gateway;

/// <summary>What the identify gate decided: connect to <see cref="Url"/>, try again after a backoff, or stop because the token was refused.</summary>
internal readonly record struct IdentifyTurn(Uri? Url, bool TokenRejected)
{
    public static IdentifyTurn TryLater { get; } = new(null, false);

    public static IdentifyTurn Rejected { get; } = new(null, true);

    public static IdentifyTurn ConnectTo(Uri url) => new(url, false);
}
