using CareBot.Delivery;
using CareBot.Delivery.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>The Delivery section as an operator writes it: checked at start-up, with defaults that fit one instance or several.</summary>
public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData("9")]
    [InlineData("3601")]
    public void A_claim_time_out_of_range_is_refused_with_one_line_naming_the_key(string seconds)
    {
        var result = new DeliveryOptionsValidator().Validate(null, Bind(("ClaimSeconds", seconds)));

        Assert.True(result.Failed);
        Assert.Equal("Delivery:ClaimSeconds must be between 10 and 3600.", result.FailureMessage);
    }

    [Fact]
    public void The_example_settings_as_written_start_an_instance_with_its_own_id_and_limits_shared_only_with_a_shared_store()
    {
        var options = Bind(("InstanceId", ""), ("ClaimSeconds", "30"), ("SharedLimits", ""));

        Assert.True(new DeliveryOptionsValidator().Validate(null, options).Succeeded);
        Assert.StartsWith($"{Environment.MachineName}-{Environment.ProcessId}-", options.InstanceId, StringComparison.Ordinal);
        Assert.NotEqual(options.InstanceId, Bind().InstanceId);
        Assert.False(options.Claims);
        Assert.False(options.CountsShared);

        options.StoreIsShared(true);
        Assert.True(options.Claims);
        Assert.True(options.CountsShared);
    }

    [Fact]
    public async Task An_instance_alone_records_its_attempts_with_nothing_to_check_though_its_claims_have_a_length()
    {
        await using var rig = PipelineHarness.RealTime();
        var alone = Bind();
        var shared = Bind();
        shared.StoreIsShared(true);

        // Alone, attempts take the plain way, written together when they wait together; beside others, each checks its claim.
        using var aloneRecorder = new AttemptRecorder(rig.Engine, rig.Clock, alone, PipelineHarness.Unlimited);
        using var sharedRecorder = new AttemptRecorder(rig.Engine, rig.Clock, shared, PipelineHarness.Unlimited);
        Assert.True(aloneRecorder.Rules.IsAlone);
        Assert.False(sharedRecorder.Rules.IsAlone);
    }

    [Fact]
    public void Shared_limits_can_be_turned_off_beside_other_instances_or_on_alone()
    {
        var off = Bind(("SharedLimits", "false"));
        off.StoreIsShared(true);
        var on = Bind(("SharedLimits", "true"), ("InstanceId", "web-1"));

        Assert.False(off.CountsShared);
        Assert.True(on.CountsShared);
        Assert.Equal("web-1", on.InstanceId);
    }

    private static DeliveryOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Delivery:{s.Key}", s.Value)))
            .Build();
        var options = new DeliveryOptions();
        configuration.GetSection(DeliveryOptions.Section).Bind(options);
        return options;
    }
}
