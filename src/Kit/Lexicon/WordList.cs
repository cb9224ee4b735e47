using Kit.Files;

namespace Kit.Lexicon;

/// <summary>
/// A set of words read from a data file (one per line, # comments), looked up by span without allocating.
/// Used for stopwords and protected words.
/// </summary>
public sealed class WordList
{
    private readonly string?[] _slots;
    private readonly int _mask;

    public WordList(IEnumerable<string> words)
    {
        Words = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        int size = 16;
        while (size < Words.Count * 3) size <<= 1;
        _slots = new string?[size];
        _mask = size - 1;
        foreach (var word in Words)
        {
            int i = Hash(word) & _mask;
            while (_slots[i] is not null) i = (i + 1) & _mask;
            _slots[i] = word;
        }
    }

    public IReadOnlyList<string> Words { get; }

    public int Count => Words.Count;

    /// <summary>A bundled list (src/Kit/Data/NAME) or an instructor's own file.</summary>
    public static WordList Load(string bundledName, string? path = null) =>
        new(Parse(KitData.ReadTextOrBundled(path, bundledName)));

    public static IEnumerable<string> Parse(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    public bool Contains(ReadOnlySpan<char> word)
    {
        int i = Hash(word) & _mask;
        while (_slots[i] is { } slot)
        {
            if (word.SequenceEqual(slot)) return true;
            i = (i + 1) & _mask;
        }
        return false;
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>The same list with every word passed through a function (a normalizer, say).</summary>
    public WordList Map(Func<string, string> map) => new(Words.Select(map));

    public WordList Union(IEnumerable<string> more) => new(Words.Concat(more));

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }
}
