namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>A test of PostgreSQL alone (its plans, its migrations), skipped with the reason where there is no PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
