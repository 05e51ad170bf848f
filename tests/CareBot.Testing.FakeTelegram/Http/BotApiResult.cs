using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>The answer to one call: a result, or an error with Telegram's code, description and parameters.</summary>
internal sealed record BotApiResult(int StatusCode, JsonNode? Result, string? Description, int? RetryAfter)
{
    public bool IsOk => StatusCode == 200;

    /// <summary>Where a basic group went when it became a supergroup; answered in parameters, as on the server.</summary>
    public long? MigrateToChatId { get; init; }

    public static BotApiResult Ok(JsonNode result) => new(200, result, null, null);

    public static BotApiResult True { get; } = new(200, JsonValue.Create(true), null, null);

    public static BotApiResult Error(int statusCode, string description, int? retryAfter = null) =>
        new(statusCode, null, description, retryAfter);

    public JsonObject ToBody()
    {
        if (IsOk)
        {
            return new JsonObject { ["ok"] = true, ["result"] = Result?.DeepClone() };
        }

        var body = new JsonObject { ["ok"] = false, ["error_code"] = StatusCode, ["description"] = Description };
        var parameters = new JsonObject();
        if (MigrateToChatId is { } chatId)
        {
            parameters["migrate_to_chat_id"] = chatId;
        }

        if (RetryAfter is { } seconds)
        {
            parameters["retry_after"] = seconds;
        }

        if (parameters.Count > 0)
        {
            body["parameters"] = parameters;
        }

        return body;
    }
}
