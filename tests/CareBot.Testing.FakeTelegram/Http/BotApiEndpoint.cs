using CareBot.Testing.FakeTelegram.Methods;
using CareBot.Testing.FakeTelegram.State;
using Microsoft.AspNetCore.Http;

namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>
/// Every HTTP request goes through here: address, token, method, injected faults, parameters, required
/// parameters, then the method itself. Every answer is logged so tests can count errors and 429s.
/// </summary>
internal sealed class BotApiEndpoint(FakeTelegramState state)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var path = TelegramPath.Parse(context.Request.Path.Value);
        var methodName = path?.Method ?? context.Request.Path.Value ?? "";

        // Due a fixed time after the call arrived, as Telegram's answer is, however long the fake took to do what it asked.
        var answerAt = state.Now + state.Options.AnswerDelay;
        try
        {
            var (result, chatId) = await AnswerAsync(context, path, cancellationToken);
            if (result is null)
            {
                context.Abort();
                return;
            }

            if (answerAt - state.Now is { Ticks: > 0 } wait && !methodName.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
            {
                await Task.Delay(wait, state.Time, cancellationToken);
            }

            await WriteAsync(context, methodName, result, chatId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away (or the server is stopping): nobody is left to answer.
        }
    }

    /// <summary>The answer (null to drop the connection), and the chat the call named, if it named one by id.</summary>
    private async Task<(BotApiResult? Result, long? ChatId)> AnswerAsync(HttpContext context, TelegramPath? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return (BotApiErrors.NotFound, null);
        }

        if (path.Token != state.Options.Token)
        {
            return (BotApiErrors.Unauthorized, null);
        }

        var method = BotApiMethodCatalog.Find(path.Method);
        var arguments = await BotApiRequestReader.ReadAsync(context.Request, cancellationToken);
        return (await InvokeAsync(path, method, arguments, cancellationToken), arguments?.GetInteger("chat_id"));
    }

    private async Task<BotApiResult?> InvokeAsync(TelegramPath path, IBotApiMethod? method, BotApiArguments? arguments, CancellationToken cancellationToken)
    {
        state.Log.RecordRequest(method?.Description.Name ?? path.Method, arguments?.Names ?? [], method?.Description, state.Now);
        if (method is null)
        {
            return BotApiErrors.NotFound;
        }

        if (state.Faults.TakeNext(method.Description.Name) is { } fault)
        {
            return fault.Kind == FakeFaultKind.DropConnection
                ? null
                : BotApiResult.Error(fault.ErrorCode, fault.Description, fault.Kind == FakeFaultKind.TooManyRequests ? fault.RetryAfterSeconds : null);
        }

        if (arguments is null)
        {
            return BotApiErrors.UnparsableJson;
        }

        var missing = method.Description.RequiredParameters.FirstOrDefault(name => !arguments.Has(name));
        return missing is not null
            ? BotApiErrors.MissingParameter(missing)
            : await method.InvokeAsync(new BotApiCall(arguments, state), cancellationToken);
    }

    private async Task WriteAsync(HttpContext context, string methodName, BotApiResult result, long? chatId, CancellationToken cancellationToken)
    {
        // An answer nobody will read (the client hung up) is not an error the client "got".
        if (!result.IsOk && !cancellationToken.IsCancellationRequested)
        {
            var name = BotApiMethodCatalog.Find(methodName)?.Description.Name ?? methodName;
            state.Log.RecordError(new IssuedError(name, result.StatusCode, result.Description ?? "", result.RetryAfter, state.Now)
            {
                MigrateToChatId = result.MigrateToChatId,
                ChatId = chatId,
            });

            // An error answered is a change a test may be waiting for, even when the request changed nothing else.
            state.Changed.Pulse();
        }

        context.Response.StatusCode = result.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(result.ToBody().ToJsonString(), cancellationToken);
    }
}
