using CareBot.Telegram.Tests.Support;
using SkiaSharp;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>/map in a Telegram group: a photo (sendPhoto, not a document) with the text summary beside it for screen readers.</summary>
public sealed class MapPictureTests
{
    /// <summary>One offer that names a dozen kinds of help: the map's text then runs past a caption's 1,024 characters.</summary>
    private const string EverythingOffer =
        "/offer rides, cooking meals, groceries and errands, babysitting, visiting elderly neighbours, walking dogs, a listening ear, " +
        "a spare room, fixing things, help moving, tech help with phones, filling in forms, translation, and tutoring";

    [Fact]
    public async Task The_map_arrives_as_a_photo_with_its_summary_as_the_caption()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");
        scenario.Say(alice, "/need someone to fix my roof");
        await scenario.GroupMessageAsync("Need #1");

        scenario.Say(alice, "/map");
        var map = await scenario.GroupMessageAsync(m => m.Photo is not null);

        Assert.Null(map.Document);
        Assert.StartsWith("🗺️ Resource map of Riverside Care", map.PlainText, StringComparison.Ordinal);
        Assert.Contains("home repair: nobody offers this yet", map.PlainText, StringComparison.Ordinal);
        Assert.Contains("Gaps: home repair", map.PlainText, StringComparison.Ordinal);
        Assert.Equal("map.png", map.Photo!.FileName);
        using var picture = SKBitmap.Decode(map.Photo.Content);
        Assert.Equal((720, map.Photo.Height), (picture.Width, picture.Height));
        Assert.InRange(picture.Height, 720, 1280);
        Assert.Equal(0, scenario.Fake.Requests.ClientErrorsIssued);
    }

    [Fact]
    public async Task A_summary_too_long_for_a_caption_follows_the_photo_whole_after_its_title()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, EverythingOffer);
        await scenario.GroupMessageAsync("Noted your offer");

        scenario.Say(bob, "/map");
        var photo = await scenario.GroupMessageAsync(m => m.Photo is not null);
        var rest = await scenario.GroupMessageAsync(m => m.MessageId > photo.MessageId);

        Assert.Equal("🗺️ Resource map of Riverside Care", photo.PlainText);
        Assert.StartsWith("fewer than 3 members", rest.PlainText, StringComparison.Ordinal);
        Assert.True(rest.PlainText.Length > 1024 - photo.PlainText.Length, rest.PlainText);
        foreach (var category in new[] { "transport", "meals", "childcare", "pets", "tech help", "paperwork and forms" })
        {
            Assert.Contains(category + ":", rest.PlainText, StringComparison.Ordinal);
        }

        Assert.Equal(0, scenario.Fake.Requests.ClientErrorsIssued);
    }
}
