using CareBot.Core.Categories;
using CareBot.Core.Tests.Support;
using CareBot.Core.Understanding;

namespace CareBot.Core.Tests.Understanding;

/// <summary>The sentence model reads a need before the engine takes its write lock, so nobody else waits for it.</summary>
public sealed class ReadAheadTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Other_commands_go_ahead_while_a_need_is_being_read()
    {
        using var encoder = new HeldEncoder("gurgling");
        using var h = new EngineHarness(new TextUnderstanding(CategoryCatalog.Default, encoder));
        await h.Say("bob", "/offer I can fix boilers");

        var slow = Task.Run(() => h.Say("alice", "/need my boiler is gurgling"));
        await encoder.Reading.WaitAsync(Ceiling);
        var other = Task.Run(() => h.Say("carol", "/offer I can babysit on weekday evenings"));
        var first = await Task.WhenAny(other, slow).WaitAsync(Ceiling);
        encoder.Release();
        await slow.WaitAsync(Ceiling);

        Assert.Same(other, first);
        Assert.Null((await slow).Problem);
    }

    [Fact]
    public async Task A_command_with_nothing_to_read_waits_for_the_one_its_sender_sent_just_before()
    {
        using var encoder = new HeldEncoder("boilers");
        using var h = new EngineHarness(new TextUnderstanding(CategoryCatalog.Default, encoder));
        await h.Join("alice", "carol");
        h.Delivered();

        // Alice offers and at once asks what she has on: her offer is still being read when /mine comes.
        var offer = Task.Run(() => h.Dm("alice", "/offer I can fix boilers"));
        await encoder.Reading.WaitAsync(Ceiling);
        var mine = Task.Run(() => h.Dm("alice", "/mine"));
        var someoneElse = await Task.Run(() => h.Dm("carol", "/mine")).WaitAsync(Ceiling);
        var mineWaited = !mine.IsCompleted;
        encoder.Release();
        await Task.WhenAll(offer, mine).WaitAsync(Ceiling);

        Assert.Null(someoneElse.Problem);
        Assert.True(mineWaited, "Alice's /mine was answered before her offer was in");
        var list = Assert.Single(h.Delivered(), d => d.IsTo("alice") && d.Text.Contains("Your offers", StringComparison.Ordinal));
        Assert.Contains("fix boilers", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_is_read_once_not_again_inside_the_transaction()
    {
        using var encoder = new HeldEncoder(holdWhen: null);
        using var h = new EngineHarness(new TextUnderstanding(CategoryCatalog.Default, encoder));
        var before = encoder.Read("my boiler is banging");

        await h.Say("alice", "/need my boiler is banging");

        Assert.Equal(before + 1, encoder.Read("my boiler is banging"));
    }

    [Fact]
    public async Task Danger_read_ahead_of_the_lock_still_holds_the_need_back()
    {
        using var encoder = new HeldEncoder(holdWhen: null);
        using var h = new EngineHarness(new TextUnderstanding(CategoryCatalog.Default, encoder));
        await h.Say("bob", "/offer I can sit with someone");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need my husband isn't breathing, please come"));

        Assert.Empty(delivered.InGroup());
        Assert.Empty(delivered.AskedPeople());
        Assert.Contains("emergency", Assert.Single(delivered.To("alice")).Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A stand-in model: a vector from the text's letters, and a text containing a chosen word is held until released.</summary>
    private sealed class HeldEncoder(string? holdWhen) : ISentenceEncoder, IDisposable
    {
        private readonly SemaphoreSlim _release = new(0);
        private readonly Dictionary<string, int> _reads = [];

        public SemaphoreSlim Reading { get; } = new(0);

        public string Language => "en";

        public int Read(string text)
        {
            lock (_reads)
            {
                return _reads.GetValueOrDefault(text);
            }
        }

        public void Release() => _release.Release();

        public IReadOnlyList<SemanticVector> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            foreach (var text in texts)
            {
                lock (_reads)
                {
                    _reads[text] = _reads.GetValueOrDefault(text) + 1;
                }

                if (holdWhen is not null && text.Contains(holdWhen, StringComparison.Ordinal))
                {
                    Reading.Release();
                    _release.Wait(Ceiling, cancellationToken);
                }
            }

            return [.. texts.Select(Letters)];
        }

        private static SemanticVector Letters(string text)
        {
            var values = new float[8];
            foreach (var c in text)
            {
                values[c % values.Length]++;
            }

            return SemanticVector.FromValues(values);
        }

        public void Dispose()
        {
            _release.Dispose();
            Reading.Dispose();
        }
    }
}
