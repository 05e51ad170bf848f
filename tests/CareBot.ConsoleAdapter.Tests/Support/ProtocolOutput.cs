using System.Text.RegularExpressions;

namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>
/// Reads what the console printed on standard output, failing on any line the protocol doesn't allow: the
/// output is a list of messages, each a header line, text lines, and button lines.
/// </summary>
internal static partial class ProtocolOutput
{
    public static IReadOnlyList<ConsoleMessage> Parse(string output)
    {
        var messages = new List<ConsoleMessage>();
        string? to = null;
        var direct = false;
        var text = new List<string>();
        var buttons = new List<string>();
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0)
            {
                break;
            }

            var header = Header().Match(line);
            if (header.Success)
            {
                Flush();
                to = header.Groups["to"].Value;
                direct = header.Groups["dm"].Success;
                continue;
            }

            Assert.False(line.StartsWith("---", StringComparison.Ordinal), $"line {i + 1} looks like a header but isn't one: {line}");
            Assert.True(to is not null, $"line {i + 1} comes before any message header: {line}");
            if (line.StartsWith('['))
            {
                Assert.Matches(ButtonLine(), line);
                buttons.Add(line);
            }
            else
            {
                text.Add(line);
            }
        }

        Flush();
        return messages;

        void Flush()
        {
            if (to is not null)
            {
                messages.Add(new ConsoleMessage(to, direct, [.. text], [.. buttons]));
            }

            text.Clear();
            buttons.Clear();
        }
    }

    [GeneratedRegex(@"^--- to (?<to>[A-Za-z0-9_.-]{1,32})(?<dm> \(dm\))?$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\[[^\]]+\] /\S*( .*)?$")]
    private static partial Regex ButtonLine();
}
