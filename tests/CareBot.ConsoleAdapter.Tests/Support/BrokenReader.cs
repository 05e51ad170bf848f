namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>Standard input that gives some lines, then fails as a broken pipe or a bug would.</summary>
internal sealed class BrokenReader(params string[] lines) : TextReader
{
    private readonly Queue<string> _lines = new(lines);

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        _lines.TryDequeue(out var line) ? ValueTask.FromResult<string?>(line) : throw new IOException("the input broke");
}
