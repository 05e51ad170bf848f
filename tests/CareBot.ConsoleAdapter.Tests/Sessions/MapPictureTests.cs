using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>On the console, /map's picture is saved beside the database and the attachment line says where.</summary>
public sealed class MapPictureTests : ConsoleTest
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task The_map_picture_is_saved_next_to_the_database_and_the_attachment_line_says_where()
    {
        await CareBot.RunAsync("bob: /offer rides to appointments, I have a car", "alice: /need someone to fix my roof");

        var transcript = await CareBot.RunAsync("alice: /map");

        var map = Assert.Single(transcript.Messages);
        var path = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "map.png");
        var size = new FileInfo(path).Length;
        Assert.Contains($"(attached map.png, {size} bytes, saved to {path})", map.Text);
        Assert.Equal(PngSignature, File.ReadAllBytes(path)[..8]);
        Assert.True(map.Says("Gaps: home repair"), map.ToString());
    }

    [Fact]
    public async Task An_export_is_saved_next_to_the_database_too_and_still_printed()
    {
        await CareBot.RunAsync("alice: /offer cooking meals for families");

        var transcript = await CareBot.RunAsync("alice@dm: /export");

        var export = Assert.Single(transcript.Messages);
        var line = Assert.Single(export.Text, l => l.StartsWith("(attached carebot-export-", StringComparison.Ordinal));
        var path = line[(line.IndexOf("saved to ", StringComparison.Ordinal) + "saved to ".Length)..^1];
        Assert.Equal(Path.GetDirectoryName(DatabasePath), Path.GetDirectoryName(path));
        Assert.Contains("cooking meals for families", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains(export.Text, l => l.Contains("cooking meals for families", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_map_has_no_picture_only_the_invitation_to_offer()
    {
        var transcript = await CareBot.RunAsync("alice: /map");

        var map = Assert.Single(transcript.Messages);
        Assert.True(map.Says("Nothing on the map yet"), map.ToString());
        Assert.DoesNotContain(map.Text, l => l.StartsWith("(attached", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(DatabasePath)!, "map.png")));
    }
}
