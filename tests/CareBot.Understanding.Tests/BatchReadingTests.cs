using CareBot.Core.Categories;

namespace CareBot.Understanding.Tests;

/// <summary>
/// In a burst the engine reads the texts that queued up together, in one call of the model. A person's words must be
/// read the same whoever else was typing at the time: same categories, same meaning, as when read alone.
/// </summary>
public sealed class BatchReadingTests
{
    private static readonly string[] Texts =
    [
        "ride to the clinic",
        "I can cook a hot meal for a family of four on Sunday evenings if someone needs it",
        "help",
        "Could someone sit with my kids tuesday afternoon? two of them, 4 and 7, I have to see the housing office",
        "je peux aider avec les papiers de la CAF",
        "need someone to talk to tonight, it's been a hard week",
    ];

    [Fact]
    public void Texts_read_together_are_read_exactly_as_each_would_be_alone()
    {
        var understanding = SharedModel.Understanding;

        var together = understanding.ReadAll(Texts, "en", CancellationToken.None);

        Assert.Equal(Texts.Length, together.Count);
        for (var i = 0; i < Texts.Length; i++)
        {
            var alone = understanding.Read(Texts[i], "en", CancellationToken.None);
            Assert.Equal(alone.Categories, together[i].Categories);
            Assert.Equal(alone.Keywords, together[i].Keywords);
            Assert.NotNull(together[i].Meaning);
            Assert.Equal(alone.Meaning!.ToBytes(), together[i].Meaning!.ToBytes());
        }
    }
}
