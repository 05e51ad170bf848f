using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// Keeps the next request to a route waiting, unanswered, until the test releases or abandons it, so a test can kill
/// the client while the request is in flight: before Discord acted on it, or after (the message is in the channel, the
/// answer never arrives). A request whose client goes away while held is abandoned.
/// </summary>
public sealed class FakeRestHold
{
    private readonly TaskCompletionSource<string> _caught = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _goOn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _clientGone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<JsonNode?, bool> _matches;

    internal FakeRestHold(string route, FakeHoldPoint point, Func<JsonNode?, bool>? matches)
    {
        Route = route;
        Point = point;
        _matches = matches ?? (_ => true);
    }

    /// <summary>The route it waits for, as "POST /channels/{channel_id}/messages".</summary>
    public string Route { get; }

    public FakeHoldPoint Point { get; }

    /// <summary>Completes with the request's path once a request is held.</summary>
    public Task<string> Caught => _caught.Task;

    /// <summary>
    /// Completes when the client went away while its request was held (its process killed): with several clients, this
    /// tells the test which one sent it.
    /// </summary>
    public Task ClientGone => _clientGone.Task;

    /// <summary>The request goes on as if nothing happened: handled (if not yet) and answered.</summary>
    public void Release() => _goOn.TrySetResult(true);

    /// <summary>The connection is closed without an answer; a request held before handling is never handled.</summary>
    public void Abandon() => _goOn.TrySetResult(false);

    /// <summary>Takes this request if it is the one waited for and none was taken yet.</summary>
    internal bool TryTake(string? route, string path, JsonNode? json, FakeHoldPoint point) =>
        route == Route && point == Point && !_caught.Task.IsCompleted && _matches(json) && _caught.TrySetResult(path);

    /// <summary>Waits for the test's word; true to go on, false to drop the request.</summary>
    internal async Task<bool> WaitAsync(CancellationToken clientGone)
    {
        try
        {
            return await _goOn.Task.WaitAsync(clientGone);
        }
        catch (OperationCanceledException)
        {
            _clientGone.TrySetResult();
            return false;
        }
    }
}
