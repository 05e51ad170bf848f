using System.ComponentModel.DataAnnotations;
using CareBot.Storage.PostgreSql;

namespace CareBot.Composition;

/// <summary>
/// The "Storage" section's choice of store: <c>LiteDb</c> (a file, Storage:Path; the default) or <c>PostgreSql</c>
/// (Storage:ConnectionString). Storage:Path also says, for both, which folder holds the heartbeat and the console's files.
/// </summary>
internal sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";
    public const string LiteDb = "LiteDb";
    public const string PostgreSql = "PostgreSql";

    [AllowedValues(LiteDb, PostgreSql, ErrorMessage = "Storage:Provider must be LiteDb or PostgreSql.")]
    public string Provider { get; set; } = LiteDb;

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=carebot;Username=carebot;Password=…</c>; PostgreSql only.</summary>
    public string? ConnectionString { get; set; }

    public bool UsesPostgreSql => Provider == PostgreSql;

    /// <summary>Read, not tried: whether the server answers is checked when the store opens, with its own clear line.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesPostgreSql && ConnectionDescription.Problem(ConnectionString) is { } problem)
        {
            yield return new ValidationResult(
                $"Storage:ConnectionString can't be used with Storage:Provider=PostgreSql: {problem}. " +
                "Give it as e.g. Host=db;Database=carebot;Username=carebot;Password=…",
                [nameof(ConnectionString)]);
        }
    }
}
