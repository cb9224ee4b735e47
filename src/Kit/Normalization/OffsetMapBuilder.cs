namespace Kit.Normalization;

/// <summary>
/// Writes an <see cref="OffsetMap"/> one character at a time, in order: a character that goes on the open run costs a
/// comparison, any other opens a segment. The segments are written into the thread's buffer and copied out at the end.
/// </summary>
internal sealed class OffsetMapBuilder
{
    // What no run's start - index can be: no run is open.
    private const int NoRun = int.MinValue;

    // The thread's array for segments being written (Caching.ThreadBuffers): valid until the thread builds another map.
    [ThreadStatic] private static OffsetSegment[]? _threadSegments;

    private OffsetSegment[] _segments = Caching.ThreadBuffers.Reused(ref _threadSegments, 64);
    private int _count;
    // The open run's start - index (NoRun when the last segment is no run), and the last segment's range when it is none.
    private int _runShift = NoRun;
    private int _sharedStart = -1;
    private int _sharedEnd = -1;

    /// <summary>The original start minus the index of a character that goes on the open run (int.MinValue: none is open).</summary>
    public int RunShift => _runShift;

    /// <summary>Character index comes from original start..end.</summary>
    public void Add(int index, int start, int end)
    {
        if (end == start + 1)
        {
            if (start - index != _runShift) OpenRun(index, start);
            return;
        }
        if (start == _sharedStart && end == _sharedEnd) return; // one more character of the same range (an NFKC expansion)
        Open(index, start, end);
        (_runShift, _sharedStart, _sharedEnd) = (NoRun, start, end);
    }

    /// <summary>Character index comes from original start..start + 1, and does not go on the open run: a run begins.</summary>
    public void OpenRun(int index, int start)
    {
        Open(index, start, OffsetSegment.Run);
        (_runShift, _sharedStart, _sharedEnd) = (start - index, -1, -1);
    }

    private void Open(int index, int start, int end)
    {
        if (_count == _segments.Length) _segments = Caching.ThreadBuffers.Doubled(ref _threadSegments, _segments);
        _segments[_count++] = new OffsetSegment(index, start, end);
    }

    /// <summary>The map of offsets given one pair a character.</summary>
    public static OffsetMap Of(int[] starts, int[] ends, int length)
    {
        var builder = new OffsetMapBuilder();
        for (int i = 0; i < length; i++) builder.Add(i, starts[i], ends[i]);
        return builder.Build(length);
    }

    /// <summary>The map of the first length characters written (every one of them was added).</summary>
    public OffsetMap Build(int length)
    {
        var segments = _segments.AsSpan(0, _count).ToArray();
        var blocks = new int[(length + (1 << OffsetMap.BlockShift) - 1) >> OffsetMap.BlockShift];
        int segment = 0;
        for (int b = 0; b < blocks.Length; b++)
        {
            int first = b << OffsetMap.BlockShift;
            while (segment + 1 < _count && segments[segment + 1].At <= first) segment++;
            blocks[b] = segment;
        }
        return new OffsetMap(segments, _count, blocks, length);
    }
}
