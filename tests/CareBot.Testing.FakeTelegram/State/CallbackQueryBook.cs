namespace CareBot.Testing.FakeTelegram.State;

/// <summary>Button presses by query id. A query can be answered once, and only while it is fresh.</summary>
internal sealed class CallbackQueryBook
{
    private readonly Dictionary<string, CallbackQueryRecord> _queries = new(StringComparer.Ordinal);
    private long _lastQueryNumber = 4_382_147_000_000_000;

    public string NextQueryId() => (++_lastQueryNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Add(CallbackQueryRecord record) => _queries[record.Press.QueryId] = record;

    public CallbackAnswer? AnswerTo(string queryId) => _queries.GetValueOrDefault(queryId)?.Answer;

    public bool TryAnswer(CallbackAnswer answer, TimeSpan lifetime)
    {
        if (!_queries.TryGetValue(answer.QueryId, out var record) || record.Answer is not null
            || answer.At - record.PressedAt > lifetime)
        {
            return false;
        }

        record.Answer = answer;
        return true;
    }
}
