using CareBot.Core.Categories;
using CareBot.Core.Tests.Support;
using CareBot.Core.Understanding;

namespace CareBot.Core.Tests.Matching;

/// <summary>
/// The matching index keeps each offer's meaning beside the others in its category, reusing the places of withdrawn
/// offers. However offers come and go, each is weighed by its own meaning, so the person asked first is the one whose
/// offer means what the need means.
/// </summary>
public sealed class MeaningIndexTests
{
    [Fact]
    public async Task Offers_made_after_one_is_withdrawn_are_each_weighed_by_their_own_meaning()
    {
        using var h = new EngineHarness(new TextUnderstanding(CategoryCatalog.Default, new PlaceEncoder()));
        foreach (var person in new[] { "bob", "dan", "erin", "fay" })
        {
            await h.Say(person, "/offer a lift to the hospital");
        }

        await h.Say("gus", "/offer a lift to the station");
        Assert.Null((await h.Say("gus", "/withdraw 5")).Problem);
        await h.Say("carol", "/offer a lift to the airport");
        await h.Say("hal", "/offer a lift to the hospital");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a lift to the airport please"));

        // Three are asked; everyone else's offer is as relevant by category, and would come first by fairness (they joined earlier).
        Assert.Contains("carol", delivered.AskedPeople());
        Assert.DoesNotContain("gus", delivered.AskedPeople());
    }

    /// <summary>A stand-in model: texts about the same place mean the same thing, texts about different places nothing alike.</summary>
    private sealed class PlaceEncoder : ISentenceEncoder
    {
        private static readonly string[] Places = ["airport", "hospital", "station"];

        public string Language => "en";

        public IReadOnlyList<SemanticVector> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            [.. texts.Select(Meaning)];

        private static SemanticVector Meaning(string text)
        {
            var values = new float[Places.Length + 1];
            var place = Array.FindIndex(Places, p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            values[place < 0 ? Places.Length : place] = 1f;
            return SemanticVector.FromValues(values);
        }
    }
}
