using System.Collections.Concurrent;
using System.Reflection;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Writes a generated id back into the entity that was inserted, as LiteDB does: the engine reads <c>Id</c> right after
/// an insert. Every entity with a generated id names it <c>Id</c> (see <c>CareBotMapper</c>); its setter is private.
/// </summary>
internal static class EntityIds
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo> IdProperties = new();

    public static void Assign(object entity, int id)
    {
        var property = IdProperties.GetOrAdd(entity.GetType(), type =>
            type.GetProperty("Id", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.Name} has generated ids but no Id property."));
        property.SetValue(entity, id);
    }
}
