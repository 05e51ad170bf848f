using System.Diagnostics.CodeAnalysis;

namespace CareBot.Discord.Api.Rest;

/// <summary>What a request that returns something gave back: the value, or the reason it failed.</summary>
public readonly record struct DiscordResult<T>
{
    private DiscordResult(T? value, DiscordError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public DiscordError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static DiscordResult<T> Success(T value) => new(value, null);

    public static DiscordResult<T> Failure(DiscordError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator DiscordResult<T>(DiscordError error) => Failure(error);

    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({Error})";
}
