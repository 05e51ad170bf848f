namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// What the client asked and what the fake answered: calls per method, errors issued (429s counted apart, so a test
/// can assert the bot never hit a rate limit) and parameters the methods do not have. Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IssuedError> _errors = [];
    private readonly List<UnknownParameter> _unknown = [];
    private readonly List<ReceivedCall> _calls = [];

    public int TotalRequests
    {
        get { lock (_gate) { return _requests.Values.Sum(); } }
    }

    public int TooManyRequestsIssued => CountErrors(error => error.ErrorCode == 429);

    /// <summary>Every 4xx answered, 429s included.</summary>
    public int ClientErrorsIssued => CountErrors(error => error.ErrorCode is >= 400 and < 500);

    public int ServerErrorsIssued => CountErrors(error => error.ErrorCode >= 500);

    public IReadOnlyList<IssuedError> Errors
    {
        get { lock (_gate) { return [.. _errors]; } }
    }

    public IReadOnlyList<UnknownParameter> UnknownParameters
    {
        get { lock (_gate) { return [.. _unknown]; } }
    }

    /// <summary>Every call in the order it arrived, with its time: lets a test tell which run of a restarted bot made it.</summary>
    public IReadOnlyList<ReceivedCall> Calls
    {
        get { lock (_gate) { return [.. _calls]; } }
    }

    /// <summary>Calls to a method, whatever the case the client spelled it in.</summary>
    public int RequestsTo(string method)
    {
        lock (_gate)
        {
            return _requests.GetValueOrDefault(method);
        }
    }

    public IReadOnlyDictionary<string, int> RequestsByMethod
    {
        get { lock (_gate) { return new Dictionary<string, int>(_requests, StringComparer.OrdinalIgnoreCase); } }
    }

    /// <summary>Every parameter name the client ever sent to a method.</summary>
    public IReadOnlySet<string> ParametersSentTo(string method)
    {
        lock (_gate)
        {
            return _parameters.TryGetValue(method, out var names) ? new HashSet<string>(names) : new HashSet<string>();
        }
    }

    internal void RecordRequest(string method, IEnumerable<string> parameters, FakeMethodDescription? description, DateTimeOffset at)
    {
        lock (_gate)
        {
            _requests[method] = _requests.GetValueOrDefault(method) + 1;
            _calls.Add(new ReceivedCall(method, at));
            if (!_parameters.TryGetValue(method, out var names))
            {
                _parameters[method] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var name in parameters.Where(names.Add))
            {
                if (description is not null && !description.Accepts(name))
                {
                    _unknown.Add(new UnknownParameter(method, name));
                }
            }
        }
    }

    internal void RecordError(IssuedError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }

    private int CountErrors(Func<IssuedError, bool> predicate)
    {
        lock (_gate)
        {
            return _errors.Count(predicate);
        }
    }
}
