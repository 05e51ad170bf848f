using CareBot.ConsoleAdapter.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareBot.ConsoleAdapter.Tests;

/// <summary>The hosted service around the session: it stops the host when input ends, and tells success from failure.</summary>
public sealed class ConsoleAdapterServiceTests : ConsoleTest
{
    [Fact]
    public async Task When_input_ends_the_host_is_stopped_and_the_run_counts_as_a_success()
    {
        var (service, lifetime, outcome, output) = Service(new StringReader("alice: /start\n"));
        using var stopping = lifetime;

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;

        Assert.True(lifetime.StopRequested);
        Assert.False(outcome.Failed);
        Assert.StartsWith("--- to town", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_breaks_stops_the_host_as_a_failure_after_delivering_what_it_had()
    {
        var (service, lifetime, outcome, output) = Service(new BrokenReader("alice: /start"));
        using var stopping = lifetime;

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;

        Assert.True(lifetime.StopRequested);
        Assert.True(outcome.Failed);
        Assert.StartsWith("--- to town", output.ToString(), StringComparison.Ordinal);
    }

    private (ConsoleAdapterService Service, FakeLifetime Lifetime, ConsoleOutcome Outcome, StringWriter Output) Service(TextReader input)
    {
        var output = new StringWriter();
        var lifetime = new FakeLifetime();
        var outcome = new ConsoleOutcome();
        var session = CareBot.Services.GetRequiredService<ConsoleSession>();
        var service = new ConsoleAdapterService(
            session, new ConsoleStreams(input, output, new StringWriter(), Interactive: false), outcome, lifetime, NullLogger<ConsoleAdapterService>.Instance);
        return (service, lifetime, outcome, output);
    }
}
