using System.Security.Cryptography;
using System.Text;

namespace CareBot.Core.Linking;

/// <summary>
/// The one-time codes <c>/link</c> gives: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn
/// from a cryptographic random source, about 49 bits. Only their hash is stored, so the database holds no working code.
/// </summary>
internal static class LinkCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 10;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>How a code is shown: two halves, easier to read aloud and to copy by hand.</summary>
    public static string Shown(string code) => $"{code[..(Length / 2)]}-{code[(Length / 2)..]}";

    /// <summary>A code as typed (any case, with spaces or dashes) in its canonical form; null when it can't be one.</summary>
    public static string? Read(string typed)
    {
        var code = string.Concat(typed.Where(c => c is not (' ' or '-'))).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
