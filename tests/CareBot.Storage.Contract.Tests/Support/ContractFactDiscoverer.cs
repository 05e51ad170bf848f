using Xunit.Abstractions;
using Xunit.Sdk;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>Finds <see cref="ContractFactAttribute"/> tests, skipped with the reason in a class that needs PostgreSQL when it is missing.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgreSql = typeof(IRunsOnPostgreSql).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (needsPostgreSql && TestPostgres.SkipReason is { } reason)
        {
            return [new SkippedTestCase(diagnostics, display, displayOptions, testMethod, reason)];
        }

        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
