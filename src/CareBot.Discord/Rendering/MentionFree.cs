using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;

namespace CareBot.Discord.Rendering;

/// <summary>
/// The one way the adapter sends anything a person reads: every channel message, interaction response, edit and
/// followup goes out with <c>allowed_mentions: {"parse": []}</c>, so no text (a member's need, an "@everyone" in an
/// offer, a "&lt;@123&gt;") can ping anyone. Nothing else in the adapter calls the client's message methods.
/// </summary>
public sealed class MentionFree(DiscordRestClient client)
{
    public Task<DiscordResult<Message>> CreateMessageAsync(Snowflake channelId, MessageCreate message, CancellationToken cancellationToken, RequestGate? gate = null) =>
        client.CreateMessageAsync(channelId, message with { AllowedMentions = AllowedMentions.None }, cancellationToken, gate);

    /// <summary>The interaction's one callback; message-bearing kinds (replies, updates, deferrals) carry no-ping mentions.</summary>
    public Task<DiscordResult> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        client.RespondAsync(interaction, Seal(response), cancellationToken);

    public Task<DiscordResult<Message>> EditOriginalAsync(Interaction interaction, MessageEdit edit, CancellationToken cancellationToken) =>
        client.EditOriginalResponseAsync(interaction, edit with { AllowedMentions = AllowedMentions.None }, cancellationToken);

    public Task<DiscordResult<Message>> FollowupAsync(Interaction interaction, InteractionMessage message, CancellationToken cancellationToken) =>
        client.CreateFollowupAsync(interaction, message with { AllowedMentions = AllowedMentions.None }, cancellationToken);

    public Task<DiscordResult> DeleteOriginalAsync(Interaction interaction, CancellationToken cancellationToken) =>
        client.DeleteOriginalResponseAsync(interaction, cancellationToken);

    private static InteractionResponse Seal(InteractionResponse response) => response.Type switch
    {
        InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage or InteractionCallbackType.DeferredChannelMessageWithSource =>
            response with { Data = (response.Data ?? new InteractionCallbackData()) with { AllowedMentions = AllowedMentions.None } },
        _ => response,
    };
}
