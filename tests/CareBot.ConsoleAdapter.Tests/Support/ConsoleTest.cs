namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>A test with CareBot running on a fresh database file of its own.</summary>
public abstract class ConsoleTest : IDisposable
{
    private readonly TempFolder _folder = new();

    protected ConsoleTest()
    {
        DatabasePath = _folder.File("carebot.db");
        CareBot = ConsoleHarness.Open(DatabasePath);
    }

    internal ConsoleHarness CareBot { get; private set; }

    protected string DatabasePath { get; }

    /// <summary>Stops CareBot and starts it again on the same file, as after a restart.</summary>
    protected void Restart()
    {
        CareBot.Dispose();
        CareBot = ConsoleHarness.Open(DatabasePath);
    }

    public void Dispose()
    {
        try
        {
            CareBot.Dispose();
        }
        finally
        {
            _folder.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
