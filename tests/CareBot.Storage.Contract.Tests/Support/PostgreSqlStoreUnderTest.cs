using CareBot.Core.Storage;
using CareBot.Storage.PostgreSql;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>A database of its own on the test run's PostgreSQL server.</summary>
internal sealed class PostgreSqlStoreUnderTest : StoreUnderTest
{
    public TestDatabase Database { get; } = TestPostgres.CreateDatabase();

    public override ICareStore Open() => PostgreSqlCareStore.Open(Database.ConnectionString);

    public override void Dispose() => Database.Dispose();
}
