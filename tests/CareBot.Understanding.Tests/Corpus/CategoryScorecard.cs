namespace CareBot.Understanding.Tests.Corpus;

/// <summary>How one way of reading did on a corpus: the share of texts whose intended category was understood, and of those with no wrong one.</summary>
public sealed record CategoryScorecard(int Texts, int IntendedFound, int NoneWrong, double CategoriesPerText, IReadOnlyList<(LabelledText Text, IReadOnlyList<string> Understood)> Mistakes)
{
    public double IntendedRate => (double)IntendedFound / Texts;

    public double NoneWrongRate => (double)NoneWrong / Texts;

    public static CategoryScorecard Score(IReadOnlyList<LabelledText> corpus, Func<string, IReadOnlyList<string>> read)
    {
        int found = 0, clean = 0, total = 0;
        var mistakes = new List<(LabelledText, IReadOnlyList<string>)>();
        foreach (var text in corpus)
        {
            var understood = read(text.Text);
            total += understood.Count;
            var hit = understood.Contains(text.Intended);
            var noneWrong = text.NoneWrong(understood);
            found += hit ? 1 : 0;
            clean += noneWrong ? 1 : 0;
            if (!hit || !noneWrong)
            {
                mistakes.Add((text, understood));
            }
        }

        return new CategoryScorecard(corpus.Count, found, clean, (double)total / corpus.Count, mistakes);
    }

    public string Summary => $"{IntendedRate:P1} intended found, {NoneWrongRate:P1} with no wrong category, {CategoriesPerText:F2} categories a text ({Texts} texts)";

    public IEnumerable<string> MistakeLines => Mistakes.Select(m =>
        $"  {m.Text.Intended,-12} (also {string.Join(",", m.Text.AlsoRight)}) got {string.Join(",", m.Understood)}: {m.Text.Text}");
}
