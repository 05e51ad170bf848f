using System.Security.Cryptography;
using System.Text;

namespace CareBot.Core.Understanding;

/// <summary>
/// Meanings of labelled texts (a category, an emergency kind) saved as text: a header line with the fingerprint of the
/// texts they were learned from, then <c>label	base64 vector</c> a line. The fingerprint lets a test prove the saved
/// file is not stale.
/// </summary>
public static class LabelledMeaningsFile
{
    private const string Header = "# carebot meanings; learned from labelled texts with sha256 ";

    /// <summary>A digest of the labelled texts, independent of their order.</summary>
    public static string Fingerprint(IEnumerable<(string Label, string Text)> examples)
    {
        var lines = examples.Select(e => $"{e.Label}\t{e.Text}").Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    public static void Write(TextWriter writer, string fingerprint, IEnumerable<(string Label, SemanticVector Vector)> examples)
    {
        writer.Write(Header);
        writer.Write(fingerprint);
        writer.Write('\n');
        foreach (var (label, vector) in examples)
        {
            writer.Write(label);
            writer.Write('\t');
            writer.Write(Convert.ToBase64String(vector.ToBytes()));
            writer.Write('\n');
        }
    }

    public static (string Fingerprint, IReadOnlyList<(string Label, SemanticVector Vector)> Examples) Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? "";
        if (!header.StartsWith(Header, StringComparison.Ordinal))
        {
            throw new FormatException("Not a CareBot meanings file.");
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
