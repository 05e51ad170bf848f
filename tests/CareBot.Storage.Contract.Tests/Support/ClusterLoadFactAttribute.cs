namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>
/// The full run of the several-instances proof: minutes long, so skipped (saying how to run it) unless
/// <see cref="Variable"/> is 1, which CI never sets; skipped too where there is no PostgreSQL.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterLoadFactAttribute : FactAttribute
{
    public const string Variable = "CAREBOT_CLUSTER_LOAD";

    public ClusterLoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"The full runs of several instances while they are killed take minutes; run them with {Variable}=1.";
        }
        else if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
