using CareBot.Core.Engine;
using CareBot.Telegram.Menus;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Tests.Menus;

public sealed class CommandMenusTests
{
    private static readonly CommandInfo[] Commands =
    [
        new("need", "ask the group for help", "/need <what you need>"),
        new("export", "your data as a file (private)", "/export"),
        new("Bad-Name", "never listed", "/bad"),
        new("map", new string('m', 300), "/map"),
    ];

    [Fact]
    public void Groups_get_no_personal_data_commands_and_private_chats_get_them_all()
    {
        Assert.Equal(["need", "map"], CommandMenus.ForGroups(Commands).Select(c => c.Command));
        Assert.Equal(["need", "export", "map"], CommandMenus.ForPrivateChats(Commands).Select(c => c.Command));
    }

    [Fact]
    public void Descriptions_fit_Telegrams_256_characters()
    {
        Assert.All(CommandMenus.ForPrivateChats(Commands), c => Assert.InRange(c.Description.Length, 1, 256));
    }

    [Fact]
    public void A_menu_that_already_matches_is_left_alone()
    {
        var wanted = CommandMenus.ForGroups(Commands);
        BotCommand[] same = [.. wanted.Select(c => new BotCommand { Command = c.Command, Description = c.Description })];
        BotCommand[] reordered = [.. same.Reverse()];

        Assert.True(CommandMenus.Same(same, wanted));
        Assert.False(CommandMenus.Same(reordered, wanted));
        Assert.False(CommandMenus.Same([], wanted));
    }
}
