using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using SkiaSharp;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>/map on Discord: an embed showing the PNG attached to the same answer, with the summary in words beside it.</summary>
public sealed class MapPictureTests
{
    [Fact]
    public async Task The_map_is_an_embed_of_the_attached_png_beside_its_summary_with_alt_text()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to appointments, I have a car" });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "someone to fix my roof" });

        var map = await h.CommandAsync(bob, "map");

        // Answered at once (the callback carries it) or, on a busy machine, deferred and then followed up: either way one request carries the picture.
        var answer = await Eventually.Get(() => h.RequestsOf(map).SingleOrDefault(r => r.Status is >= 200 and < 300 && r.Files.Count > 0), "the answer with the picture");
        Assert.True(answer.IsMultipart);
        var body = (answer.Route.EndsWith("/callback", StringComparison.Ordinal) ? answer.Json!["data"] : answer.Json)!;
        Assert.Contains("Resource map of", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("**home repair**\\: nobody offers this yet", body["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("attachment://map.png", body["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        var attachment = body["attachments"]![0]!;
        Assert.Equal(("0", "map.png"), (attachment["id"]!.ToString(), attachment["filename"]!.GetValue<string>()));
        Assert.Contains("home repair", attachment["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var file = Assert.Single(answer.Files);
        Assert.Equal(("files[0]", "map.png", "image/png"), (file.Name, file.FileName, file.ContentType));
        using var picture = SKBitmap.Decode(file.Content);
        Assert.Equal(720, picture.Width);
        Assert.False(Assert.Single(h.Answers(map)).Ephemeral);
    }
}
