using System.Text.RegularExpressions;

namespace CareBot.Core.Tests.Support;

/// <summary>Reads the one-time code out of the answer to /link, as a person would copy it.</summary>
internal static partial class LinkCodes
{
    public static string In(Delivery answer) =>
        Shape().Match(answer.Text) is { Success: true } found ? found.Value : throw new InvalidOperationException($"No code in: {answer.Text}");

    /// <summary>Asks for a code and returns it, checking it came privately to the person who asked.</summary>
    public static async Task<string> Ask(EngineHarness h, string person, Func<EngineHarness, Task<Core.Engine.EngineResult>> command)
    {
        var delivered = await h.Accepts(command);
        var answer = Assert.Single(delivered);
        Assert.True(answer.IsTo(person), $"The code went to {answer.To}, not privately to {person}.");
        return In(answer);
    }

    [GeneratedRegex("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}")]
    private static partial Regex Shape();
}
