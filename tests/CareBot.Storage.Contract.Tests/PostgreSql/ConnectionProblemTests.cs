using CareBot.Storage.PostgreSql;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>A database that can't be used stops CareBot with one line that says where, and never the password.</summary>
public sealed class ConnectionProblemTests
{
    private const string Password = "s3cret-Passw0rd";

    [Fact]
    public void An_unreachable_server_is_named_without_its_password()
    {
        var refused = Assert.Throws<PostgreSqlUnavailableException>(() =>
            PostgreSqlCareStore.Open($"Host=127.0.0.1;Port=1;Database=carebot;Username=bot;Password={Password};Timeout=3"));

        Assert.Contains("database carebot on 127.0.0.1:1 as bot", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("Database=carebot", "it names no Host")]
    [InlineData("Hots=db;Password=" + Password, "Hots")]
    public void A_malformed_connection_string_is_refused_before_connecting(string connectionString, string because)
    {
        var refused = Assert.Throws<PostgreSqlUnavailableException>(() => PostgreSqlCareStore.Open(connectionString));

        Assert.StartsWith("Storage:ConnectionString can't be used: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains(because, refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
    }
}
