using CareBot.Core.Engine;

namespace CareBot.Core.Tests.Support;

/// <summary>Checks every refusal must pass: a clear answer to the person, and nothing stored changed.</summary>
internal static class EngineHarnessAssertions
{
    /// <summary>Runs the command, asserts it was refused with one answer and left the stored state as it was; returns the answer.</summary>
    public static async Task<Delivery> Refuses(this EngineHarness harness, Func<EngineHarness, Task<EngineResult>> command)
    {
        harness.Delivered();
        var before = WhatCommandsStore(harness.StoredState());

        var result = await command(harness);

        Assert.False(result.Succeeded, "the command was accepted");
        var answer = Assert.Single(harness.Delivered());
        Assert.Equal(result.Problem!.Message, answer.Text);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Equal(before, WhatCommandsStore(harness.StoredState()));
        return answer;
    }

    /// <summary>
    /// The stored state less what delivering the answer itself taught the bot (that a private message reaches the
    /// person): that is the delivery's doing, not the refused command's.
    /// </summary>
    private static string WhatCommandsStore(string state) =>
        string.Join('\n', state.Split('\n').Where(line => !line.Contains("\"_id\":\"private-chat:", StringComparison.Ordinal)));

    /// <summary>Runs the command and asserts it was accepted; returns what it delivered.</summary>
    public static async Task<IReadOnlyList<Delivery>> Accepts(this EngineHarness harness, Func<EngineHarness, Task<EngineResult>> command)
    {
        harness.Delivered();
        var result = await command(harness);
        var delivered = harness.Delivered();
        Assert.True(result.Succeeded, result.Problem?.Message + "\n" + delivered.Describe());
        return delivered;
    }
}
