namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>Marks a test class whose <see cref="ContractFactAttribute"/> tests need PostgreSQL, so they are skipped without it.</summary>
internal interface IRunsOnPostgreSql;
