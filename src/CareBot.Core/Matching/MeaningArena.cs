using CareBot.Core.Understanding;

namespace CareBot.Core.Matching;

/// <summary>
/// The meanings of the active offers in one category, side by side in one block of memory, in the order the offers
/// came. Weighing a need against the thousands of offers in its category then streams through memory instead of chasing
/// thousands of objects, or of places scattered through one block for every offer, which left the processor waiting for
/// memory most of the time. A withdrawn offer's place is reused.
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
