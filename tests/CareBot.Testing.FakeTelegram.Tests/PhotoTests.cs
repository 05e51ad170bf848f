using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class PhotoTests
{
    /// <summary>A valid 2×3 PNG header is all the fake reads to report dimensions.</summary>
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
        0, 0, 0, 2, 0, 0, 0, 3, 8, 6, 0, 0, 0, 0x72, 0xB6, 0x0D, 0x24,
    ];

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
}
