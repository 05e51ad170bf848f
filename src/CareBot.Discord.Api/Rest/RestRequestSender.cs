using System.Net;
using CareBot.Discord.Api.Rest.RateLimits;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CareBot.Discord.Api.Rest;

/// <summary>
/// Sends one request the way Discord asks: refused up front after a 401 or near the invalid-request ceiling; held by
/// its bucket and the global limit; 429s waited out (bounded); 5xx and lost answers retried with jittered backoff
/// when a retry cannot duplicate anything.
/// </summary>
internal sealed class RestRequestSender
{
    private readonly HttpClient _http;
    private readonly DiscordRateLimiter _limiter;
    private readonly DiscordRestOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<RestAttempt> _retries;
    private readonly string _baseUrl;

    public RestRequestSender(HttpClient http, DiscordRateLimiter limiter, Uri apiBaseUrl, DiscordRestOptions options, TimeProvider time, ILogger logger)
    {
        _http = http;
        _limiter = limiter;
        _options = options;
        _logger = logger;
        _baseUrl = apiBaseUrl.ToString().TrimEnd('/');
        _retries = new ResiliencePipelineBuilder<RestAttempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<RestAttempt>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxServerErrorRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxServerErrorRetries > 0 && args.Outcome.Result is { Retriable: true }),
                OnRetry = args =>
                {
                    RestLog.Retrying(logger, args.Outcome.Result!.Route.Key, args.Outcome.Result.FailureName, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<RestAttempt> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        RestAttempt attempt;
        var waits = 0;
        do
        {
            if (_limiter.Refusal(request.Route) is { } refusal)
            {
                return new RestAttempt(request.Route) { Refusal = refusal };
            }

            attempt = await _retries.ExecuteAsync(
                static (state, token) => state.Sender.AttemptAsync(state.Request, token),
                (Sender: this, Request: request),
                cancellationToken);
            // After a 429 the bucket (or the global pause) holds the wait; the next round queues behind it.
        }
        while (attempt.IsRateLimited && waits++ < _options.MaxRateLimitRetries);

        return attempt;
    }

    private async ValueTask<RestAttempt> AttemptAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var route = request.Route;
        var lease = await _limiter.Buckets.AcquireAsync(route, cancellationToken);
        IDisposable? permit;
        try
        {
            // Outside the handlers below: the caller's own refusal (it stopped, or gave the message up) is not a failure
            // of the network to retry, and goes back to the caller as it came.
            permit = request.Gate is { } gate ? await gate(cancellationToken) : null;
        }
        catch
        {
            lease.Complete(null, null);
            throw;
        }

        IDisposable? counted = null;
        try
        {
            if (!route.IsInteractionEndpoint)
            {
                counted = await _limiter.Global.WaitAsync(cancellationToken);
            }

            using var message = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path)) { Content = request.Body?.Invoke() };
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Learn(request, lease, response, body);
        }
        catch (HttpRequestException exception)
        {
            // The request may have reached Discord: only a harmless-to-repeat one, or one that never left, is retried.
            RestLog.NetworkFailure(_logger, exception, route.Key);
            var neverSent = exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            return new RestAttempt(route) { NetworkFailure = exception, Retriable = request.IsIdempotent || neverSent };
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            RestLog.NetworkFailure(_logger, exception, route.Key);
            return new RestAttempt(route) { NetworkFailure = exception, Retriable = request.IsIdempotent };
        }
        finally
        {
            counted?.Dispose();
            permit?.Dispose();
            lease.Complete(null, null);
        }
    }

    private RestAttempt Learn(RestRequest request, BucketLease lease, HttpResponseMessage response, byte[] body)
    {
        var status = response.StatusCode;
        var headers = RateLimitHeaders.Read(response.Headers);
        if (status == HttpStatusCode.TooManyRequests)
        {
            return RateLimited(request, lease, response, headers, body);
        }

        var serverError = (int)status >= 500;
        // A 5xx from a proxy says nothing about the route's limit, unless it carries the headers.
        lease.Complete(serverError && !headers.DescribesBucket ? null : headers, null);
        if (status == HttpStatusCode.Unauthorized && request.Route.UsesBotToken)
        {
            _limiter.MarkUnauthorized();
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            _limiter.Guard.Record();
        }

        return new RestAttempt(request.Route) { Status = status, Body = body, Retriable = serverError && request.IsIdempotent };
    }

    private RestAttempt RateLimited(RestRequest request, BucketLease lease, HttpResponseMessage response, RateLimitHeaders headers, byte[] body)
    {
        var parsed = DiscordErrorReader.TryParse(body);
        var retryAfter = parsed?.RetryAfter is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : RateLimitHeaders.RetryAfterHeader(response.Headers) ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
        var global = headers.IsGlobal || parsed?.Global == true;
        if (global)
        {
            _limiter.Global.Pause(retryAfter);
        }

        // A shared-scope 429 is about a busy resource, not our behaviour: Discord does not count it against us.
        if (global || headers.Scope != RateLimitScope.Shared)
        {
            _limiter.Guard.Record();
        }

        RestLog.RateLimited(_logger, request.Route.Key, global ? "global" : headers.Scope.ToString().ToLowerInvariant(), retryAfter);
        lease.Complete(headers, global ? null : retryAfter);
        return new RestAttempt(request.Route) { Status = HttpStatusCode.TooManyRequests, Body = body, RetryAfter = retryAfter };
    }
}
