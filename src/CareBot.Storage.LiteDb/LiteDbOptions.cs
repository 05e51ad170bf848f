using System.ComponentModel.DataAnnotations;

namespace CareBot.Storage.LiteDb;

/// <summary>The "Storage" configuration section.</summary>
public sealed class LiteDbOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; created if missing.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:Path must name the database file, e.g. carebot.db.")]
    public string Path { get; set; } = "carebot.db";
}
