namespace CareBot.Core.Categories;

/// <summary>
/// A correction of categories as a person types it: "transport, pets" (these and no others), "+pets" or "-transport"
/// (add or remove one; what buttons carry), or a mix. A category is named by its id (home-repair), its name (tech help)
/// or the first word of its name (tech), in any case, separated by commas, "and" or spaces; a name that has "and"
/// in it ("groceries and errands") is still one name.
/// </summary>
public sealed record CategoryEdit(IReadOnlyList<string>? Replacement, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>The categories after the edit; "other" only when nothing else is left.</summary>
    public IReadOnlyList<string> ApplyTo(IReadOnlyList<string> current) =>
        CategoryIds.Settle((Replacement ?? current).Concat(Added).Where(id => !Removed.Contains(id)));

    public static Result<CategoryEdit> Parse(string text, IReadOnlyList<Category> categories)
    {
        var forms = categories
            .SelectMany(c => new[] { c.Id, c.Name, c.Name.Split(' ')[0] }.Select(form => (Words: form.ToLowerInvariant().Split(' '), c.Id)))
            .OrderByDescending(f => f.Words.Length)
            .ToList();
        var tokens = text.ToLowerInvariant().Replace(",", " , ", StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        List<string>? replacement = null;
        List<string> added = [], removed = [];
        var sign = ' ';
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i][0] is '+' or '-')
            {
                sign = tokens[i][0];
                tokens[i] = tokens[i][1..];
            }

            if (tokens[i] is "" or "," or "and")
            {
                sign = tokens[i] == "" ? sign : ' ';
                i++;
                continue;
            }

            var at = i;
            var match = forms.FirstOrDefault(f => Matches(tokens, at, f.Words));
            if (match.Words is null)
            {
                var names = string.Join(", ", categories.Select(c => c.Name));
                return Result<CategoryEdit>.Fail($"I don't know a category called \"{Clip(tokens[i])}\", so I changed nothing. The categories are: {names}.");
            }

            (sign switch { '+' => added, '-' => removed, _ => replacement ??= [] }).Add(match.Id);
            i += match.Words.Length;
            sign = ' ';
        }

        return replacement is null && added.Count == 0 && removed.Count == 0
            ? Result<CategoryEdit>.Fail("Which categories? Name one or more, separated by commas.")
            : Result<CategoryEdit>.Ok(new CategoryEdit(replacement, added, removed));
    }

    private static bool Matches(List<string> tokens, int start, string[] words) =>
        start + words.Length <= tokens.Count && words.Select((word, j) => tokens[start + j] == word).All(same => same);

    private static string Clip(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
