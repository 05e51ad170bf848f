namespace CareBot.Telegram.Rendering;

/// <summary>Collects pieces into parts of at most <c>limit</c> characters (as Telegram counts them) for <see cref="TextSplitter"/>.</summary>
internal sealed class PartBuilder(int limit)
{
    private List<Piece> _current = [];
    private int _length;

    public List<IReadOnlyList<Piece>> Parts { get; } = [];

    public bool Fits(int length, bool asNewLine) => _length + (asNewLine && _current.Count > 0 ? 1 : 0) + length <= limit;

    public void AppendLine(List<Piece> line)
    {
        if (_current.Count > 0)
        {
            _current.Add(Piece.LineBreak);
            _length++;
        }

        _current.AddRange(line);
        _length += line.Sum(piece => piece.Length);
    }

    public void AppendCutting(Piece piece)
    {
        while (piece.Length > 0)
        {
            var room = limit - _length;
            if (piece.Length <= room)
            {
                Add(piece);
                return;
            }

            var cut = room > 0 ? TextSplitter.CutPoint(piece.Text, room) : 0;
            if (cut == 0)
            {
                Flush();
                continue;
            }

            Add(piece.Slice(0, cut));
            Flush();
            piece = piece.Slice(cut, piece.Length - cut);
        }
    }

    public void Flush()
    {
        // Telegram trims every message and refuses an empty one, so a part of blank lines is dropped.
        if (_current.Any(piece => !piece.IsLineBreak && !string.IsNullOrWhiteSpace(piece.Text)))
        {
            Parts.Add(_current);
        }

        _current = [];
        _length = 0;
    }

    private void Add(Piece piece)
    {
        _current.Add(piece);
        _length += piece.Length;
    }
}
