using System.Text;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Tests.Rest.Support;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class MultipartTests
{
    [Fact]
    public async Task Files_are_sent_as_multipart_with_payload_json_and_attachment_references()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var map = new FileUpload("map.png", Encoding.UTF8.GetBytes("png bytes"), "image/png") { Description = "Where to meet" };

        var sent = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate
        {
            Content = "Meeting point",
            Embeds = [new Embed { Title = "Map", Image = new EmbedImage(map.AttachmentUrl) }],
            Files = [map],
        }, TestTimeout.Token);

        Assert.True(sent.IsSuccess, sent.ToString());
        var request = Assert.Single(harness.Fake.RequestsTo("POST /channels/{channel_id}/messages"));
        Assert.True(request.IsMultipart);
        var attachment = request.Json!["attachments"]![0]!;
        Assert.Equal("0", attachment["id"]!.ToString());
        Assert.Equal("map.png", attachment["filename"]!.ToString());
        Assert.Equal("attachment://map.png", request.Json["embeds"]![0]!["image"]!["url"]!.ToString());
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "map.png", "image/png"), (file.Name, file.FileName, file.ContentType));
        Assert.Equal("png bytes", Encoding.UTF8.GetString(file.Content));
        Assert.Equal("map.png", Assert.Single(sent.Value.Attachments).Filename);
    }

    [Fact]
    public async Task Files_over_10_MiB_together_are_refused_as_too_large_and_nothing_is_posted()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        var big = new FileUpload("map.png", new byte[(10 * 1024 * 1024) + 1], "image/png");

        var sent = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "Map", Files = [big] }, TestTimeout.Token);

        Assert.False(sent.IsSuccess);
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, sent.Error!.Status);
        Assert.Equal(40005, (int)sent.Error.Code);
        Assert.Empty(harness.Fake.MessagesIn(channel.Id));
    }

    [Fact]
    public async Task Alt_text_is_kept_up_to_1024_characters_and_refused_past_them()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();
        FileUpload Map(int altText) => new("map.png", Encoding.UTF8.GetBytes("png bytes"), "image/png") { Description = new string('a', altText) };

        var fits = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "Map", Files = [Map(1024)] }, TestTimeout.Token);
        var tooLong = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "Map", Files = [Map(1025)] }, TestTimeout.Token);

        Assert.True(fits.IsSuccess, fits.ToString());
        Assert.Contains(tooLong.Error!.FieldErrors, error => error.Path == "attachments.0.description" && error.Code == "BASE_TYPE_MAX_LENGTH");
    }

    [Theory]
    [InlineData("attachment://map.png", true)]
    [InlineData("https://example.org/map.png", true)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://example.org/map.png", false)]
    public async Task An_embed_shows_pictures_from_the_web_or_the_message_s_own_files_only(string url, bool accepted)
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();

        var sent = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate
        {
            Embeds = [new Embed { Description = "Map", Image = new EmbedImage(url) }],
            Files = [new FileUpload("map.png", Encoding.UTF8.GetBytes("png bytes"), "image/png")],
        }, TestTimeout.Token);

        Assert.Equal(accepted, sent.IsSuccess);
        Assert.Equal(accepted, sent.Error is null || !sent.Error.FieldErrors.Any(error => error.Code == "URL_TYPE_INVALID_SCHEME"));
    }
}
