using CareBot.Core.Storage;

namespace CareBot.Benchmarks;

/// <summary>After a run: did the measured posts really ask people, or did later ones find nobody left to ask?</summary>
internal static class PostStatistics
{
    public static string Describe(ICareStore store, int communityId) => store.Read(session =>
    {
        var needs = session.Needs.Active(communityId);
        var askedNobody = needs.Count(n => n.AskedIds.Count == 0);
        var askedThree = needs.Count(n => n.AskedIds.Count == 3);
        return $"{needs.Count} open needs after the run: {askedThree} asked 3 members, {askedNobody} asked nobody.";
    });
}
