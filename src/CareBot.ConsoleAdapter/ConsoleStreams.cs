namespace CareBot.ConsoleAdapter;

/// <summary>Where the console session reads and writes: standard input, output and error, unless a test says otherwise.</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Diagnostics, bool Interactive)
{
    public static ConsoleStreams Standard() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
