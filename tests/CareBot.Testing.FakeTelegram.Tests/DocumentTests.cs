using System.Text;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class DocumentTests
{
    private static readonly byte[] Export = Encoding.UTF8.GetBytes("""{"communities":[]}""");

    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_document_is_uploaded_as_multipart_with_its_caption_and_name()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();

        var message = await harness.Client.SendDocument(user.Id, InputFile.FromStream(new MemoryStream(Export), "carebot-export.json"), "<b>Your</b> data", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal(("carebot-export.json", "application/json", (long?)Export.Length), (message.Document!.FileName, message.Document.MimeType, message.Document.FileSize));
        Assert.Equal("Your data", message.Caption);
        var sent = Assert.Single(harness.Server.SentMessages);
        Assert.Equal(Export, sent.Document!.Content);
        Assert.Empty(harness.Server.Requests.UnknownParameters);
    }

    [Fact]
    public async Task A_document_can_be_sent_again_by_its_file_id()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();
        var first = await harness.Client.SendDocument(user.Id, InputFile.FromStream(new MemoryStream(Export), "export.json"), cancellationToken: Ct);

        var second = await harness.Client.SendDocument(user.Id, InputFile.FromFileId(first.Document!.FileId), cancellationToken: Ct);
        var unknown = await harness.Raw.CallAsync("sendDocument", new { chat_id = user.Id, document = "no-such-file" }, Ct);

        Assert.Equal(first.Document.FileId, second.Document!.FileId);
        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", unknown.Description);
    }

    [Fact]
    public async Task A_document_to_someone_who_never_started_the_bot_is_forbidden()
    {
        await using var harness = await Harness.StartAsync();
        var stranger = harness.Server.CreateUser("Sol");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendDocument(stranger.Id, InputFile.FromStream(new MemoryStream(Export), "export.json"), cancellationToken: Ct));

        Assert.Equal((403, "Forbidden: bot can't initiate conversation with a user"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task An_empty_upload_is_refused()
    {
        await using var harness = await Harness.StartAsync();
        var user = await harness.StartedUserAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendDocument(user.Id, InputFile.FromStream(new MemoryStream(), "empty.json"), cancellationToken: Ct));

        Assert.Equal("Bad Request: file must be non-empty", error.Message);
    }
}
