namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// A test that runs for minutes and measures rather than checks a unit: skipped, saying how to run it, unless its
/// environment variable is 1 (CI never sets one).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class OptInFactAttribute : FactAttribute
{
    protected OptInFactAttribute(string variable, string what, string test, string file)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
        {
            Skip = $"{what}; run it with {variable}=1.";

            // dotnet test's usual output names a skipped test but not why (the reason shows only at normal verbosity and
            // above), so the name carries it.
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test}, skipped: {Skip}";
        }
    }
}
