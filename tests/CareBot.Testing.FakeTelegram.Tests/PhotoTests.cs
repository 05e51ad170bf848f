using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class PhotoTests
{
    /// <summary>A whole 2×3 white PNG: the fake reads its dimensions from the header and wants the file to end where a PNG ends.</summary>
    private static readonly byte[] Png = TestImages.Png2x3;

    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_photo_is_uploaded_as_multipart_with_its_caption()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var message = await harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(Png), "map.png"), "<b>Map</b> of needs", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("Map of needs", message.Caption);
        Assert.Equal((2, 3), (message.Photo![^1].Width, message.Photo[^1].Height));
        var sent = Assert.Single(harness.Server.PhotosSent);
        Assert.Equal(Png, sent.Photo!.Content);
        Assert.Equal("map.png", sent.Photo.FileName);
        Assert.Equal("<b>Map</b> of needs", sent.Text);
        Assert.Empty(harness.Server.Requests.UnknownParameters); // the attach://0 part is a file, not a parameter
    }

    [Fact]
    public async Task A_photo_can_be_sent_again_by_its_file_id()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var first = await harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(Png), "map.png"), cancellationToken: Ct);

        var second = await harness.Client.SendPhoto(group.Id, InputFile.FromFileId(first.Photo![^1].FileId), cancellationToken: Ct);
        var unknown = await harness.Raw.CallAsync("sendPhoto", new { chat_id = group.Id, photo = "no-such-file" }, Ct);

        Assert.Equal(first.Photo[^1].FileId, second.Photo![^1].FileId);
        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", unknown.Description);
    }

    [Fact]
    public async Task A_caption_is_limited_to_1024_characters()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(Png), "map.png"), new string('x', 1025), cancellationToken: Ct));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(9000, 1000)]
    [InlineData(20, 1)]
    [InlineData(1, 20)]
    public async Task A_photo_within_telegrams_dimensions_is_accepted(int width, int height)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var message = await harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(TestImages.PngHeader(width, height)), "p.png"), cancellationToken: Ct);

        Assert.Equal((width, height), (message.Photo![^1].Width, message.Photo[^1].Height));
    }

    [Theory]
    [InlineData(9001, 1000)]
    [InlineData(5000, 5001)]
    [InlineData(21, 1)]
    [InlineData(100, 2001)]
    public async Task A_photo_too_big_or_too_long_for_telegram_is_refused_with_its_error(int width, int height)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(TestImages.PngHeader(width, height)), "p.png"), cancellationToken: Ct));

        Assert.Equal((400, "Bad Request: PHOTO_INVALID_DIMENSIONS"), (error.ErrorCode, error.Message));
        Assert.Empty(harness.Server.PhotosSent);
    }

    [Fact]
    public async Task A_photo_over_10_MB_is_refused_and_one_of_exactly_10_MB_is_not()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var limit = 10 * 1024 * 1024;

        var exactly = await harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(TestImages.PngOfSize(100, 100, limit)), "p.png"), cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(TestImages.PngOfSize(100, 100, limit + 1)), "p.png"), cancellationToken: Ct));

        Assert.NotNull(exactly.Photo);
        Assert.Equal((400, "Bad Request: PHOTO_SAVE_FILE_INVALID"), (error.ErrorCode, error.Message));
    }

    [Theory]
    [InlineData("not a picture")]
    [InlineData("cut short")]
    public async Task Bytes_that_are_not_a_whole_picture_are_refused_as_telegram_refuses_them(string kind)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        byte[] bytes = kind == "cut short" ? Png[..40] : "{\"a\": 1}"u8.ToArray();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(bytes), "p.png"), cancellationToken: Ct));

        Assert.Equal((400, "Bad Request: IMAGE_PROCESS_FAILED"), (error.ErrorCode, error.Message));
    }
}
