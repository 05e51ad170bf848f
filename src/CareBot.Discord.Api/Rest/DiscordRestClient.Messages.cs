using System.Globalization;
using System.Security.Cryptography;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>
    /// <c>POST /channels/{id}/messages</c>. The message carries an enforced nonce, so when an answer is lost or
    /// Discord fails with a 5xx the retry returns the message already posted instead of posting it twice.
    /// </summary>
    /// <param name="gate">The caller's own pacing, asked before each attempt once the channel's bucket has room.</param>
    public Task<DiscordResult<Message>> CreateMessageAsync(Snowflake channelId, MessageCreate message, CancellationToken cancellationToken, RequestGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message with
        {
            Nonce = message.Nonce ?? NewNonce(),
            EnforceNonce = true,
            Attachments = RestBody.WithUploads(message.Attachments, message.Files),
        };
        var route = RestRoute.Create(HttpMethod.Post, "/channels/{channel_id}/messages", channelId.ToString());
        return SendAsync(new RestRequest(route, RestBody.JsonOrMultipart(body, Json.MessageCreate, message.Files)) { IsIdempotent = true, Gate = gate }, Json.Message, cancellationToken);
    }

    public Task<DiscordResult<Message>> GetMessageAsync(Snowflake channelId, Snowflake messageId, CancellationToken cancellationToken) =>
        GetAsync(Get("/channels/{channel_id}/messages/{message_id}", channelId.ToString(), messageId.ToString()), Json.Message, cancellationToken);

    public Task<DiscordResult<Message>> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessageEdit edit, CancellationToken cancellationToken) =>
        SendEditAsync(RestRoute.Create(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", channelId.ToString(), messageId.ToString()), edit, cancellationToken);

    public Task<DiscordResult> DeleteMessageAsync(Snowflake channelId, Snowflake messageId, CancellationToken cancellationToken) =>
        SendAsync(new RestRequest(RestRoute.Create(HttpMethod.Delete, "/channels/{channel_id}/messages/{message_id}", channelId.ToString(), messageId.ToString())), cancellationToken);

    private Task<DiscordResult<Message>> SendEditAsync(RestRoute route, MessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var body = edit with { Attachments = RestBody.WithUploads(edit.Attachments, edit.Files) };
        return SendAsync(new RestRequest(route, RestBody.JsonOrMultipart(body, Json.MessageEdit, edit.Files)), Json.Message, cancellationToken);
    }

    /// <summary>A random 64-bit number: Discord's nonce may be up to 25 characters.</summary>
    private static string NewNonce() =>
        BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)).ToString(CultureInfo.InvariantCulture);
}
