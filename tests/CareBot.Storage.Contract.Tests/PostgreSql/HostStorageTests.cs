using CareBot.Composition;
using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>Storage:Provider chooses the store the host gives the engine; LiteDB stays the default.</summary>
public sealed class HostStorageTests : IDisposable
{
    private readonly LiteDbStoreUnderTest _folder = new();
    public void Dispose() => _folder.Dispose();

    [PostgreSqlFact]
    public void With_Storage_Provider_PostgreSql_the_engine_gets_the_PostgreSQL_store_and_no_LiteDB_file_is_made()
    {
        using var database = TestPostgres.CreateDatabase();
        using var host = CareBotApp.Build(
            LaunchOptions.Parse(["console", "--db", _folder.Path, "--Understanding:Model=None", "--Storage:Provider=PostgreSql", $"--Storage:ConnectionString={database.ConnectionString}"]),
            TextWriter.Null);

        Assert.IsType<PostgreSqlCareStore>(host.Services.GetRequiredService<ICareStore>());
        Assert.False(File.Exists(_folder.Path));
    }

    [Fact]
    public void Without_Storage_Provider_the_engine_gets_the_LiteDB_file()
    {
        using var host = CareBotApp.Build(LaunchOptions.Parse(["console", "--db", _folder.Path, "--Understanding:Model=None"]), TextWriter.Null);

        Assert.IsType<LiteDbCareStore>(host.Services.GetRequiredService<ICareStore>());
        Assert.True(File.Exists(_folder.Path));
    }
}
