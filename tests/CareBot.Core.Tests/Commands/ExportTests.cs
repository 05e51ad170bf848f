using System.Text.Json;
using CareBot.Core.Platforms;
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

    [Fact]
    public async Task Export_also_holds_the_markers_dates_and_waiting_messages_kept_about_them()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/me checkins weekly");
        await h.Say("alice", "/need by 2026-12-24 zone north helpers 2 a ride to the clinic");
        await h.Say("carol", "/need a lift to the station");
        await h.Say("alice", "/claim 2");
        await h.Say("carol", "/done 2 thank you so much");
        h.Delivered();
        await h.Dm("alice", "/offers");
        var held = h.Engine.Outbox.Due(KnownPlatforms.Console, 10).Single(m => m.Destination.ChatId == People.IdOf("alice"));
        await h.Engine.Outbox.HoldUntilReachableAsync(held.Id, "the person has not started a chat", CancellationToken.None);

        var town = await ExportOf(h, "alice");

        Assert.Equal(KnownPlatforms.Console, town.GetProperty("lastPlatform").GetString());
        Assert.NotNull(town.GetProperty("identities")[0].GetProperty("invitedToPrivateChatAt").GetString());
        Assert.Equal(JsonValueKind.String, town.GetProperty("settings").GetProperty("nextCheckInAt").ValueKind);
        Assert.Single(town.GetProperty("helpedAt").EnumerateArray());
        var need = town.GetProperty("needsAsked")[0];
        Assert.Equal("2026-12-24", need.GetProperty("by").GetString());
        Assert.Equal("north", need.GetProperty("zone").GetString());
        Assert.Equal(2, need.GetProperty("helpersWanted").GetInt32());
        Assert.Contains("transport", need.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("thank you so much", town.GetProperty("needsHelpedWith")[0].GetProperty("thanks").GetString());
        var waiting = Assert.Single(town.GetProperty("messagesWaiting").EnumerateArray());
        Assert.Equal("you", waiting.GetProperty("to").GetString());
        Assert.Equal("held", waiting.GetProperty("status").GetString());
        Assert.Equal(held.CreatedAt, waiting.GetProperty("createdAt").GetDateTimeOffset());
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
