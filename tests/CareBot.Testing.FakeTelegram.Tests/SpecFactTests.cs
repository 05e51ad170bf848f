using CareBot.Testing.FakeTelegram.Tests.Support;

namespace CareBot.Testing.FakeTelegram.Tests;

/// <summary>Where the spec is absent, the spec tests skip, and dotnet test's usual output says why.</summary>
public sealed class SpecFactTests
{
    [Fact]
    public void Without_the_spec_a_spec_test_skips_and_its_name_says_why()
    {
        var fact = new SpecFactAttribute(null, "Every_method_exists", "/repo/tests/SpecConformanceTests.cs");

        Assert.NotNull(fact.Skip);
        Assert.Equal($"SpecConformanceTests.Every_method_exists, skipped: {fact.Skip}", fact.DisplayName);
        Assert.Contains("../shared/specs/telegram-bot-api/api.json", fact.Skip, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_spec_a_spec_test_runs_under_its_own_name()
    {
        var fact = new SpecFactAttribute("/shared/specs/telegram-bot-api/api.json", "Every_method_exists", "/repo/tests/SpecConformanceTests.cs");

        Assert.Null(fact.Skip);
        Assert.Null(fact.DisplayName);
    }
}
