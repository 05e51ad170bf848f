using System.Net;
using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>An HTTP answer as it came off the wire: status and parsed body.</summary>
public sealed record RawResponse(HttpStatusCode Status, JsonElement Body)
{
    public bool Ok => Body.GetProperty("ok").GetBoolean();

    public int ErrorCode => Body.GetProperty("error_code").GetInt32();

    public string Description => Body.GetProperty("description").GetString()!;

    public JsonElement Result => Body.GetProperty("result");

    public int? RetryAfter => Body.TryGetProperty("parameters", out var parameters) ? parameters.GetProperty("retry_after").GetInt32() : null;
}
