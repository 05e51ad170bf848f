namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// A test that runs for minutes and measures rather than checks a unit: skipped, saying how to run it, unless its
/// environment variable is 1 (CI never sets one).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class OptInFactAttribute : FactAttribute
{
    protected OptInFactAttribute(string variable, string what)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
        {
            Skip = $"{what}; run it with {variable}=1.";
        }
    }
}
