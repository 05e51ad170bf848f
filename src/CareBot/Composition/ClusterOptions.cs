using System.ComponentModel.DataAnnotations;

namespace CareBot.Composition;

/// <summary>
/// The "Cluster" section: how several CareBot instances on one PostgreSQL share what only one may do at a time (the
/// rhythms, the Discord gateway). Read with Storage:Provider=PostgreSql only; a LiteDB file has one instance.
/// </summary>
internal sealed class ClusterOptions : IValidatableObject
{
    public const string Section = "Cluster";

    /// <summary>
    /// How long a leader's lease lasts without renewal (renewed every third of it): when a leader dies, another takes
    /// over within this and a third. At most 21, so the Discord gateway is back within 30 seconds.
    /// </summary>
    public int LeaseSeconds { get; set; } = 15;

    /// <summary>This instance's name among the instances, unique; unset, the machine's name, the process id and a random part.</summary>
    public string? InstanceId { get; set; }

    /// <summary>Checked by the generated validator; written here so the line names the key as the operator sets it.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LeaseSeconds is < 3 or > 21)
        {
            yield return new ValidationResult(
                $"Cluster:LeaseSeconds must be between 3 and 21 (a dead leader's work is taken over within it and a third); it is {LeaseSeconds}.",
                [nameof(LeaseSeconds)]);
        }

        if (InstanceId is { Length: > 200 })
        {
            yield return new ValidationResult("Cluster:InstanceId must be at most 200 characters.", [nameof(InstanceId)]);
        }
    }

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The configured name, or one no other instance has, made once per process.</summary>
    public string Holder => InstanceId is { Length: > 0 } given ? given : Generated.Value;

    private static readonly Lazy<string> Generated = new(() =>
        $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}");
}
