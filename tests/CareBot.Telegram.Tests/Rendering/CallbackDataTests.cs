using System.Text;
using CareBot.Telegram.Rendering;

namespace CareBot.Telegram.Tests.Rendering;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData(7, "/claim 12", "7:claim 12")]
    [InlineData(null, "/pass 3", ":pass 3")]
    [InlineData(123456789, "/fellthrough 9999", "123456789:fellthrough 9999")]
    [InlineData(5, "/checkin support", "5:checkin support")]
    public void Buttons_encode_their_community_and_command_within_64_bytes(int? community, string command, string data)
    {
        Assert.Equal(data, CallbackData.Encode(community, command));
        Assert.True(Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.Equal((community, command), CallbackData.Decode(data));
    }

    [Fact]
    public void A_command_too_long_with_its_community_keeps_just_the_command()
    {
        var command = "/done 1 " + new string('x', 54);

        Assert.Equal(":" + command[1..], CallbackData.Encode(1234, command));
    }

    [Theory]
    [InlineData("/done 1 " + "ééééééééééééééééééééééééééééééééé")]
    [InlineData("/")]
    [InlineData("")]
    public void A_command_that_cannot_fit_has_no_data(string command)
    {
        Assert.Null(CallbackData.Encode(1, command));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("claim 1")]
    [InlineData("7:")]
    [InlineData("x7:claim 1")]
    [InlineData("-1:claim 1")]
    [InlineData("7: claim 1")]
    [InlineData("99999999999:claim 1")]
    public void Data_this_bot_never_made_decodes_to_nothing(string? data)
    {
        Assert.Null(CallbackData.Decode(data));
    }

    [Theory]
    [InlineData("held", "held")]
    [InlineData("need 12/a b", "need_12_a_b")]
    [InlineData("", "start")]
    public void Deep_link_payloads_use_only_the_characters_Telegram_allows(string payload, string sent)
    {
        Assert.Equal($"https://t.me/carebot_bot?start={sent}", DeepLink.For("carebot_bot", payload));
    }
}
