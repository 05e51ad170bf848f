namespace CareBot.Benchmarks;

/// <summary>Which store the engine runs on: the LiteDB file a neighbourhood uses, or PostgreSQL for several instances.</summary>
public enum StoreKind
{
    LiteDb,
    PostgreSql,
}
