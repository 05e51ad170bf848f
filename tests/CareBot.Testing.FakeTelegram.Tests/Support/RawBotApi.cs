using System.Net.Http.Json;
using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// Calls the fake with a plain HttpClient, for the cases where the Telegram.Bot client would hide the status code,
/// retry on its own, or refuse to send a malformed request.
/// </summary>
public sealed class RawBotApi(FakeTelegramServer server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.BaseUrl };

    public Task<RawResponse> CallAsync(string method, object? parameters, CancellationToken cancellationToken) =>
        CallWithTokenAsync(server.Token, method, parameters, cancellationToken);

    public async Task<RawResponse> CallWithTokenAsync(string token, string method, object? parameters, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(parameters ?? new { });
        using var response = await _http.PostAsync(new Uri($"/bot{token}/{method}", UriKind.Relative), content, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<RawResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public Uri MethodUri(string method, string? query = null) =>
        new($"/bot{server.Token}/{method}{(query is null ? "" : "?" + query)}", UriKind.Relative);

    public void Dispose() => _http.Dispose();

    private static async Task<RawResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new RawResponse(response.StatusCode, body);
    }
}
