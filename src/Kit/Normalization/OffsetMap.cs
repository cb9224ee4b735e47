using System.Runtime.CompilerServices;

namespace Kit.Normalization;

/// <summary>
/// For every character of a normalized text, the range of the original it came from, kept as segments: a run of
/// characters that each come from one character of their own, in order (most of a text), is one segment; a character
/// that replaces a range (spaces made one, an NFKC cluster) is another. A few segments a document in place of two
/// integers a character; every offset read back is the one a plain array would give.
/// </summary>
internal sealed class OffsetMap
{
    /// <summary>Characters per entry of the index of where each block's segment is (a look-up reads one entry, then a segment or few).</summary>
    internal const int BlockShift = 8;

    // In order of the characters; the first starts at character 0.
    private readonly OffsetSegment[] _segments;
    private readonly int _count;
    // Per block of 2^BlockShift characters: the segment holding the block's first character.
    private readonly int[] _blocks;

    internal OffsetMap(OffsetSegment[] segments, int count, int[] blocks, int length)
    {
        _segments = segments;
        _count = count;
        _blocks = blocks;
        Length = length;
    }

    /// <summary>How many characters the map covers.</summary>
    public int Length { get; }

    /// <summary>Where the original range of character i starts (i below <see cref="Length"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // read for every word by the layers, the finders and the terms
    public int StartOf(int i)
    {
        ref readonly var segment = ref _segments[SegmentOf(i)];
        return segment.IsRun ? segment.Start + (i - segment.At) : segment.Start;
    }

    /// <summary>Where the original range of character i ends (i below <see cref="Length"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EndOf(int i)
    {
        ref readonly var segment = ref _segments[SegmentOf(i)];
        return segment.IsRun ? segment.Start + (i - segment.At) + 1 : segment.End;
    }

    /// <summary>
    /// Whether characters first..last all lie in one run, and its shift (original offset minus index). segment: where
    /// the last call left off (0 at first); callers that go through a text in order find the run in a step or none.
    /// </summary>
    public bool InOneRun(int first, int last, ref int segment, out int shift)
    {
        int s = segment;
        while (_segments[s].At > first) s--;
        while (s + 1 < _count && _segments[s + 1].At <= first) s++;
        segment = s;
        ref readonly var found = ref _segments[s];
        shift = found.Start - found.At;
        return found.IsRun && (s + 1 == _count ? last < Length : _segments[s + 1].At > last);
    }

    // The last segment that starts at or before character i: its block's first segment, most often.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SegmentOf(int i)
    {
        System.Diagnostics.Debug.Assert((uint)i < (uint)Length, "a character of the map");
        int first = _blocks[i >> BlockShift];
        int next = first + 1;
        return next == _count || _segments[next].At > i ? first : Search(first, i);
    }

    // Several segments begin in i's block (a text with many marks taken out): the last at or before i, by halves.
    private int Search(int low, int i)
    {
        int block = i >> BlockShift;
        int high = block + 1 < _blocks.Length ? _blocks[block + 1] : _count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >> 1;
            if (_segments[middle].At <= i) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
