using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Commands;

namespace CareBot.Discord.Tests.Commands;

/// <summary>Typed options go back into the command text the engine parses on every platform.</summary>
public sealed class SlashCommandTextTests
{
    private static readonly CommandInfo[] Commands =
    [
        new("need", "ask", "/need <what you need>"),
        new("done", "done", "/done <need number> [a thank-you]"),
        new("help", "help", "/help"),
        new("link", "link", "/link [code]"),
    ];

    [Theory]
    [InlineData("need", """{"text":"a lift","anonymous":true,"zone":"north","helpers":2,"by":"friday"}""", "/need anon by friday zone north helpers 2 a lift")]
    [InlineData("need", """{"text":"a lift","anonymous":false}""", "/need a lift")]
    [InlineData("done", """{"thanks":"thank you Ann!","number":4}""", "/done 4 thank you Ann!")]
    [InlineData("help", "{}", "/help")]
    [InlineData("link", """{"code":"K7QMX-4RT9P"}""", "/link K7QMX-4RT9P")]
    [InlineData("link", "{}", "/link")]
    public void Options_become_the_command_text(string name, string options, string expected)
    {
        var given = JsonDocument.Parse(options).RootElement.EnumerateObject()
            .Select(p => new InteractionDataOption { Name = p.Name, Value = p.Value.Clone() })
            .ToList();

        Assert.Equal(expected, SlashCommandText.Build(name, given, Commands));
    }
}
