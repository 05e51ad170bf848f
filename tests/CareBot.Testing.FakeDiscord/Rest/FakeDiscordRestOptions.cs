namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>How the fake Discord REST API behaves: its bot, its clock, its rate limits and its gateway answer.</summary>
public sealed class FakeDiscordRestOptions
{
    public string Token { get; init; } = "fake-bot-token.Xx9.secret";

    public ulong ApplicationId { get; init; } = 1_100_000_000_000_000_001;

    /// <summary>Drives bucket resets, message timestamps, snowflakes and the 3-second interaction deadline.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Routes not named in <see cref="Buckets"/> get a bucket of their own with this limit.</summary>
    public int DefaultLimit { get; init; } = 50;

    public TimeSpan DefaultResetAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Buckets that several routes share, or that are tighter than the default.</summary>
    public IReadOnlyList<FakeBucketRule> Buckets { get; init; } = [];

    /// <summary>Requests a second before a global 429 (interaction callbacks and webhooks exempt), as Discord's 50; 0 turns it off.</summary>
    public int GlobalLimitPerSecond { get; init; }

    /// <summary>New command names a day before 30034; Discord allows 200.</summary>
    public int DailyCommandCreates { get; init; } = 200;

    /// <summary>How long each answer takes to go back once the request was handled, as Discord's do (real time); none by default.</summary>
    public TimeSpan AnswerDelay { get; init; }

    public Uri GatewayUrl { get; set; } = new("wss://gateway.discord.gg");

    public int Shards { get; set; } = 1;

    public FakeSessionStartLimit SessionStartLimit { get; set; } = new(1000, 1000, TimeSpan.FromHours(24), 1);
}
