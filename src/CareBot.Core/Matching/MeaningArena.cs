using CareBot.Core.Understanding;

namespace CareBot.Core.Matching;

/// <summary>
/// The meanings of a community's active offers, side by side in one block of memory, in the order the offers came.
/// Weighing a need against thousands of offers then reads memory in order instead of chasing thousands of objects,
/// which was most of what matching by meaning cost. A withdrawn offer's place is reused.
/// </summary>
internal sealed class MeaningArena
{
    private readonly Stack<int> _free = new();
    private sbyte[] _values = [];
    private float[] _scales = [];
    private int _dimensions;
    private int _used;

    /// <summary>Keeps a meaning; its place, or -1 for none (or one of another model's size).</summary>
    public int Add(SemanticVector? meaning)
    {
        if (meaning is null || (_dimensions != 0 && meaning.Dimensions != _dimensions))
        {
            return -1;
        }

        _dimensions = meaning.Dimensions;
        var slot = _free.Count > 0 ? _free.Pop() : _used++;
        if ((slot + 1) * _dimensions > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(64, (slot + 1) * 2) * _dimensions);
            Array.Resize(ref _scales, Math.Max(64, (slot + 1) * 2));
        }

        meaning.Values.CopyTo(_values.AsSpan(slot * _dimensions, _dimensions));
        _scales[slot] = meaning.Scale;
        return slot;
    }

    public void Remove(int slot)
    {
        if (slot >= 0)
        {
            _free.Push(slot);
        }
    }

    public float Similarity(SemanticVector meaning, int slot) =>
        SemanticVector.Similarity(meaning.Values, meaning.Scale, _values.AsSpan(slot * _dimensions, _dimensions), _scales[slot]);
}
