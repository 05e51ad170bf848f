using System.Diagnostics.CodeAnalysis;

namespace CareBot.Discord.Api.Rest;

/// <summary>What a request that returns nothing (204) gave back: success, or the reason it failed.</summary>
public readonly record struct DiscordResult
{
    private DiscordResult(DiscordError? error) => Error = error;

    public DiscordError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static DiscordResult Success() => new(null);

    public static DiscordResult Failure(DiscordError error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator DiscordResult(DiscordError error) => Failure(error);

    public override string ToString() => IsSuccess ? "Success" : $"Failure({Error})";
}
