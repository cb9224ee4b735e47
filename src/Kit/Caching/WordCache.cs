namespace Kit.Caching;

/// <summary>
/// Remembers a value per word, looked up by span so a known word costs no allocation. News repeats its words
/// (a few thousand make most of the text), so analyzers decide each word once. Bounded: it empties itself when half
/// full. Not thread-safe: keep one per thread.
/// </summary>
internal sealed class WordCache<TValue>(int slots = 1 << 14) where TValue : class
{
    private readonly string?[] _keys = new string?[slots];
    private readonly TValue?[] _values = new TValue?[slots];
    private readonly int[] _kinds = new int[slots];
    private readonly int _mask = slots - 1;
    private int _count;

    public bool TryGet(ReadOnlySpan<char> word, int kind, out TValue value)
    {
        int i = Hash(word, kind) & _mask;
        while (_keys[i] is { } key)
        {
            if (_kinds[i] == kind && word.SequenceEqual(key))
            {
                value = _values[i]!;
                return true;
            }
            i = (i + 1) & _mask;
        }
        value = null!;
        return false;
    }

    public void Add(string word, int kind, TValue value)
    {
        if (_count >= _keys.Length / 2)
        {
            Array.Clear(_keys);
            Array.Clear(_values);
            _count = 0;
        }
        int i = Hash(word, kind) & _mask;
        while (_keys[i] is not null) i = (i + 1) & _mask;
        _keys[i] = word;
        _kinds[i] = kind;
        _values[i] = value;
        _count++;
    }

    private static int Hash(ReadOnlySpan<char> s, int kind)
    {
        uint h = 2166136261 ^ (uint)kind;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }
}
