using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests;

/// <summary>An opt-in test that was not asked for skips, and dotnet test's usual output says how to run it.</summary>
public sealed class OptInFactTests
{
    [Fact]
    public void An_opt_in_test_not_asked_for_skips_and_its_name_says_how_to_run_it()
    {
        var fact = new NeverAskedFor("Runs_for_minutes", "/repo/tests/SlowTests.cs");

        Assert.Equal("A slow run; run it with CAREBOT_NEVER_SET_BY_ANYONE=1.", fact.Skip);
        Assert.Equal($"SlowTests.Runs_for_minutes, skipped: {fact.Skip}", fact.DisplayName);
    }

    private sealed class NeverAskedFor(string test, string file) : OptInFactAttribute("CAREBOT_NEVER_SET_BY_ANYONE", "A slow run", test, file);
}
