using System.Text.Json;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// Everything an entity shows through its public properties, as JSON: two snapshots are equal when
/// nothing a reader of the entity could notice differs.
/// </summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(object? entity) => JsonSerializer.Serialize(entity, Options);
}
