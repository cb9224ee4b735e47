namespace Kit.Normalization;

/// <summary>
/// Output of one normalization step: the new characters, and for each the input range it came from,
/// so that offsets can always be mapped back to the original text.
/// </summary>
public sealed class OffsetWriter
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    public OffsetWriter(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public int Length { get; private set; }

    /// <summary>Input characters this step changed (replaced, removed or expanded).</summary>
    public int Changes { get; private set; }

    internal ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);
    internal ReadOnlySpan<int> Starts => _starts.AsSpan(0, Length);
    internal ReadOnlySpan<int> Ends => _ends.AsSpan(0, Length);

    /// <summary>Copies input[index] unchanged.</summary>
    public void Keep(char c, int index) => Add(c, index, index + 1);

    /// <summary>Writes c in place of input[inputStart..inputEnd).</summary>
    public void Replace(char c, int inputStart, int inputEnd)
    {
        Changes += inputEnd - inputStart;
        Add(c, inputStart, inputEnd);
    }

    /// <summary>Writes nothing for input[inputStart..inputEnd).</summary>
    public void Remove(int inputStart, int inputEnd) => Changes += inputEnd - inputStart;

    /// <summary>Writes several characters for input[inputStart..inputEnd) (all of them map to that range).</summary>
    public void Replace(ReadOnlySpan<char> text, int inputStart, int inputEnd, bool changed = true)
    {
        if (changed) Changes += inputEnd - inputStart;
        foreach (char c in text) Add(c, inputStart, inputEnd);
    }

    private void Add(char c, int start, int end)
    {
        if (Length == _chars.Length) Grow();
        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    private void Grow()
    {
        int size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
