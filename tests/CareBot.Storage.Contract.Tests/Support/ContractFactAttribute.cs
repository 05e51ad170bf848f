using Xunit.Sdk;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// A test of a contract, written once in an abstract class and run by each store's subclass. The subclass decides
/// whether it can run: one that needs PostgreSQL (<see cref="IRunsOnPostgreSql"/>) is skipped, with the reason, where
/// there is none. (A plain Fact's Skip is fixed per method, and the method is shared by both stores.)
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("CareBot.Storage.Contract.Tests.Support.ContractFactDiscoverer", "CareBot.Storage.Contract.Tests")]
public sealed class ContractFactAttribute : FactAttribute;
