using System.Text.Json;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

public sealed class ExportTests
{
    [Fact]
    public async Task Export_sends_a_json_file_privately_with_offers_needs_and_settings()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/offer rides in my car, evenings");
        await h.Say("alice", "/need someone to fix a shelf");
        await h.Say("alice", "/me zone north cap 3 quiet 22-08 notify digest");
        await h.Say("bob", "/need a lift to the station");
        await h.Say("alice", "/claim 2");
        await h.Say("alice", "/offer a warm coat to give away", "garden");

        var delivered = await h.Accepts(x => x.Say("alice", "/export"));

        var export = Assert.Single(delivered);
        Assert.True(export.IsTo("alice"));
        var file = export.Content.Attachment;
        Assert.NotNull(file);
        Assert.Equal("application/json", file.MediaType);
        Assert.EndsWith(".json", file.FileName, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(file.Content);
        var communities = json.RootElement.GetProperty("communities").EnumerateArray().ToList();
        Assert.Equal(["garden", "town"], communities.Select(c => c.GetProperty("community").GetString()).Order());
        var town = communities.Single(c => c.GetProperty("community").GetString() == "town");
        Assert.Equal("rides in my car, evenings", town.GetProperty("offers")[0].GetProperty("text").GetString());
        Assert.Equal("someone to fix a shelf", town.GetProperty("needsAsked")[0].GetProperty("text").GetString());
        Assert.Equal("a lift to the station", town.GetProperty("needsHelpedWith")[0].GetProperty("text").GetString());
        var settings = town.GetProperty("settings");
        Assert.Equal("north", settings.GetProperty("zone").GetString());
        Assert.Equal(3, settings.GetProperty("cap").GetInt32());
        Assert.Equal("22-08", settings.GetProperty("quietHours").GetString());
        Assert.Equal("digest", settings.GetProperty("notify").GetString());
        Assert.Equal(People.DisplayNameOf("alice"), town.GetProperty("identities")[0].GetProperty("displayName").GetString());
        Assert.DoesNotContain("Bob Tester", System.Text.Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_you_were_asked_about_are_exported_while_open_and_not_kept_once_closed()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("alice", "/need a ride to the clinic on friday morning");
        h.Delivered();

        var whileOpen = await ExportOf(h, "bob");
        Assert.Equal([1], AskedAbout(whileOpen));

        await h.Say("alice", "/done 1");
        h.Delivered();

        var onceDone = await ExportOf(h, "bob");
        Assert.Empty(AskedAbout(onceDone));
        Assert.Empty(h.Need(1).AskedIds);
    }

    private static async Task<JsonElement> ExportOf(EngineHarness h, string person)
    {
        var export = Assert.Single(await h.Accepts(x => x.Say(person, "/export")));
        using var json = JsonDocument.Parse(export.Content.Attachment!.Content);
        return json.RootElement.GetProperty("communities")[0].Clone();
    }

    private static int[] AskedAbout(JsonElement community) =>
        [.. community.GetProperty("needsAskedAbout").EnumerateArray().Select(n => n.GetInt32())];
}
