using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>What the channel must show after the run: each need's post, its "has a helper" and, when done, its "is done", once each.</summary>
internal static class PostedOnce
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<FakeMessage> posts, CrashWorkload plan)
    {
        var problems = new List<string>();
        foreach (var need in plan.Needs)
        {
            Expect(posts, problems, $"Need #{need.Number} from", need.Tag);
            Expect(posts, problems, $"#{need.Number} has a helper: thank you, {need.Helper?.Mention}");
            if (need.Done)
            {
                Expect(posts, problems, $"#{need.Number} is done, with help from {need.Helper?.Mention}");
            }
        }

        return problems;
    }

    private static void Expect(IReadOnlyList<FakeMessage> posts, List<string> problems, params string[] words)
    {
        var count = posts.Count(post => words.All(word => Shown.Says(post, word)));
        if (count != 1)
        {
            problems.Add($"{count} posts saying \"{string.Join(" … ", words)}\"");
        }
    }
}
