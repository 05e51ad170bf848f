using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>
    /// <c>POST /interactions/{id}/{token}/callback</c>: the one initial answer, due within 3 seconds. Not held by the
    /// global rate limit (nor is any interaction endpoint below). Not retried after a lost answer: a second callback would be refused with
    /// <see cref="DiscordErrorCode.InteractionAlreadyAcknowledged"/> at best.
    /// </summary>
    public Task<DiscordResult> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(response);
        var files = response.Data?.Files ?? [];
        var body = response.Data is { } data
            ? response with { Data = data with { Attachments = RestBody.WithUploads(data.Attachments, files) } }
            : response;
        var route = Interaction(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", interaction.Id.ToString(), interaction.Token);
        return SendAsync(new RestRequest(route, RestBody.JsonOrMultipart(body, Json.InteractionResponse, files)), cancellationToken);
    }

    /// <summary><c>GET /webhooks/{application}/{token}/messages/@original</c>.</summary>
    public Task<DiscordResult<Message>> GetOriginalResponseAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return GetAsync(Interaction(HttpMethod.Get, "/webhooks/{webhook_id}/{webhook_token}/messages/@original", interaction.ApplicationId.ToString(), interaction.Token), Json.Message, cancellationToken);
    }

    /// <summary><c>PATCH …/messages/@original</c>: fills in a deferred reply, or changes the reply.</summary>
    public Task<DiscordResult<Message>> EditOriginalResponseAsync(Interaction interaction, MessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendEditAsync(Interaction(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/@original", interaction.ApplicationId.ToString(), interaction.Token), edit, cancellationToken);
    }

    public Task<DiscordResult> DeleteOriginalResponseAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendAsync(new RestRequest(Interaction(HttpMethod.Delete, "/webhooks/{webhook_id}/{webhook_token}/messages/@original", interaction.ApplicationId.ToString(), interaction.Token)), cancellationToken);
    }

    /// <summary>
    /// <c>POST /webhooks/{application}/{token}</c>: another message after the first answer, for 15 minutes. Webhook
    /// messages take no nonce, so after a lost answer it is not retried (it may have been posted): the caller decides.
    /// </summary>
    public Task<DiscordResult<Message>> CreateFollowupAsync(Interaction interaction, InteractionMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(message);
        var body = message with { Attachments = RestBody.WithUploads(message.Attachments, message.Files) };
        var route = Interaction(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}", interaction.ApplicationId.ToString(), interaction.Token);
        return SendAsync(new RestRequest(route, RestBody.JsonOrMultipart(body, Json.InteractionMessage, message.Files)), Json.Message, cancellationToken);
    }

    public Task<DiscordResult<Message>> EditFollowupAsync(Interaction interaction, Snowflake messageId, MessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendEditAsync(Interaction(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", interaction.ApplicationId.ToString(), interaction.Token, messageId.ToString()), edit, cancellationToken);
    }

    public Task<DiscordResult> DeleteFollowupAsync(Interaction interaction, Snowflake messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendAsync(new RestRequest(Interaction(HttpMethod.Delete, "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", interaction.ApplicationId.ToString(), interaction.Token, messageId.ToString())), cancellationToken);
    }

    /// <summary>An interaction endpoint's route: the webhook here is the application's, reached with the interaction's token.</summary>
    private static RestRoute Interaction(HttpMethod method, string template, params string[] values) =>
        RestRoute.Create(method, template, values) with { IsInteractionEndpoint = true };
}
