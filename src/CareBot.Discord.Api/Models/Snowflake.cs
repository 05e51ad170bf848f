using System.Globalization;
using System.Text.Json.Serialization;
using CareBot.Discord.Api.Json;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// A Discord id: a 64-bit number whose top 42 bits are milliseconds since the Discord epoch (2015-01-01).
/// JSON carries it as a string, because JavaScript numbers cannot hold 64 bits.
/// </summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    /// <summary>2015-01-01T00:00:00Z, the first second of Discord time.</summary>
    public static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the thing this id names was created, read from the id itself.</summary>
    public DateTimeOffset CreatedAt => DiscordEpoch.AddMilliseconds(Value >> 22);

    /// <summary>The smallest id Discord could have given at <paramref name="at"/>, for "messages after" queries.</summary>
    public static Snowflake FromTimestamp(DateTimeOffset at) =>
        new((ulong)(at - DiscordEpoch).TotalMilliseconds << 22);

    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        var parsed = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        snowflake = new Snowflake(value);
        return parsed;
    }

    public static Snowflake Parse(string text) =>
        TryParse(text, out var snowflake) ? snowflake : throw new FormatException($"'{text}' is not a snowflake.");

    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    public static bool operator <(Snowflake left, Snowflake right) => left.Value < right.Value;

    public static bool operator >(Snowflake left, Snowflake right) => left.Value > right.Value;

    public static bool operator <=(Snowflake left, Snowflake right) => left.Value <= right.Value;

    public static bool operator >=(Snowflake left, Snowflake right) => left.Value >= right.Value;
}
