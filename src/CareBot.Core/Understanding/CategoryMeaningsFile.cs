using System.Security.Cryptography;
using System.Text;

namespace CareBot.Core.Understanding;

/// <summary>
/// Category meanings saved as text: a header line with the fingerprint of the labelled texts they were learned from,
/// then <c>category	base64 vector</c> a line. The fingerprint lets a test prove the saved file is not stale.
/// </summary>
public static class CategoryMeaningsFile
{
    private const string Header = "# carebot category meanings; learned from texts with sha256 ";

    /// <summary>A digest of the labelled texts, independent of their order.</summary>
    public static string Fingerprint(IEnumerable<(string Category, string Text)> examples)
    {
        var lines = examples.Select(e => $"{e.Category}\t{e.Text}").Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static void Write(TextWriter writer, string fingerprint, IEnumerable<(string Category, SemanticVector Vector)> examples)
    {
        writer.Write(Header);
        writer.Write(fingerprint);
        writer.Write('\n');
        foreach (var (category, vector) in examples)
        {
            writer.Write(category);
            writer.Write('\t');
            writer.Write(Convert.ToBase64String(vector.ToBytes()));
            writer.Write('\n');
        }
    }

    public static (string Fingerprint, IReadOnlyList<(string Category, SemanticVector Vector)> Examples) Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? "";
        if (!header.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new FormatException("Not a CareBot category meanings file.");
        }

        var examples = new List<(string, SemanticVector)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            examples.Add((line[..tab], SemanticVector.FromBytes(Convert.FromBase64String(line[(tab + 1)..]))));
        }

        return (header[Header.Length..], examples);
    }
}
