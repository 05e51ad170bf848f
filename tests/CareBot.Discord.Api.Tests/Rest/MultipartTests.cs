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
}
