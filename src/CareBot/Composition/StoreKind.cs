namespace CareBot.Composition;

/// <summary>The stores CareBot can keep its records in.</summary>
internal enum StoreKind
{
    LiteDb,
    PostgreSql,
}
