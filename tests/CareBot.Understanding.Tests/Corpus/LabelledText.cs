namespace CareBot.Understanding.Tests.Corpus;

/// <summary>One need or offer as a member wrote it, with the category it is meant for and any others that are also right.</summary>
public sealed record LabelledText(string Kind, string Intended, IReadOnlySet<string> AlsoRight, string Text)
{
    /// <summary>Whether every category understood is the intended one or one of those also right.</summary>
    public bool NoneWrong(IReadOnlyList<string> understood) => understood.All(c => c == Intended || AlsoRight.Contains(c));
}
