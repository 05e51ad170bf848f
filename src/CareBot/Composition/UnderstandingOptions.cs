using System.ComponentModel.DataAnnotations;

namespace CareBot.Composition;

/// <summary>The "Understanding" configuration section: how needs and offers are read.</summary>
internal sealed class UnderstandingOptions
{
    public const string Section = "Understanding";
    public const string MiniLm = "MiniLM";
    public const string WordsOnly = "None";

    /// <summary>
    /// <c>MiniLM</c> (the default) reads English texts for meaning with all-MiniLM-L6-v2, shipped in the build; <c>None</c>
    /// reads by words alone, for a machine short of memory (the model takes about 300 MB).
    /// </summary>
    [AllowedValues(MiniLm, WordsOnly, ErrorMessage = "Understanding:Model must be MiniLM or None.")]
    public string Model { get; set; } = MiniLm;
}
