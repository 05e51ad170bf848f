using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Rest;

/// <summary>The body of <c>POST /users/@me/channels</c>.</summary>
internal sealed record DirectMessageRequest(Snowflake RecipientId);
