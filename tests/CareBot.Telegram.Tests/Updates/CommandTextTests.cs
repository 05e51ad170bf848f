using CareBot.Telegram.Updates;

namespace CareBot.Telegram.Tests.Updates;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/need a ride", CommandAddressee.ThisBot)]
    [InlineData("/need@carebot_bot a ride", CommandAddressee.ThisBot)]
    [InlineData("/need@CareBot_Bot a ride", CommandAddressee.ThisBot)]
    [InlineData("  /map", CommandAddressee.ThisBot)]
    [InlineData("/map@carebot_bot", CommandAddressee.ThisBot)]
    [InlineData("/need@otherbot a ride", CommandAddressee.AnotherBot)]
    [InlineData("/start@carebot_bot_fake", CommandAddressee.AnotherBot)]
    [InlineData("hello /need", CommandAddressee.NotACommand)]
    [InlineData("/", CommandAddressee.NotACommand)]
    [InlineData("", CommandAddressee.NotACommand)]
    [InlineData(null, CommandAddressee.NotACommand)]
    [InlineData("thanks everyone", CommandAddressee.NotACommand)]
    public void Commands_for_this_bot_are_told_from_commands_for_others_and_chatter(string? text, CommandAddressee addressee)
    {
        Assert.Equal(addressee, CommandText.Addressee(text, "carebot_bot"));
    }
}
