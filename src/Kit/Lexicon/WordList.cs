using Kit.Files;

namespace Kit.Lexicon;

/// <summary>
/// A set of words read from a data file (one per line, # comments), looked up by span without allocating.
/// Used for stopwords and protected words.
/// </summary>
public sealed class WordList
{
    private readonly string?[] _slots;
    // Each slot's word's hash with the top bit set (0: empty): a look-up reads a word only when its hash is the one asked
    // for, not every word it passes (most words asked are in no list; perf of kit report).
    private readonly int[] _hashes;
    private readonly int _mask;

    public WordList(IEnumerable<string> words)
    {
        // The words are told apart by the table itself as they go in (no set of them made first): the bundled list of
        // ordinary words has 99,000 (src/Kit/Data/arabic-words.txt), and kit report built it twice at start-up.
        var given = words as ICollection<string> ?? words.ToList();
        var kept = new List<string>(given.Count);
        (_slots, _hashes) = (new string?[SizeFor(given.Count)], new int[SizeFor(given.Count)]);
        foreach (var word in given)
            if (word.Length > 0 && Add(_slots, _hashes, word)) kept.Add(word);
        (_slots, _hashes) = SizedFor(kept, _slots, _hashes);
        _mask = _slots.Length - 1;
        Words = kept;
    }

    // This list and more words: its table copied, not built again, when the words added leave its size as it is.
    private WordList(WordList basis, IEnumerable<string> more)
    {
        var added = more.ToList();
        var kept = new List<string>(basis.Count + added.Count);
        kept.AddRange(basis.Words);
        int size = SizeFor(basis.Count + added.Count);
        if (size == basis._slots.Length) (_slots, _hashes) = ((string?[])basis._slots.Clone(), (int[])basis._hashes.Clone());
        else
        {
            (_slots, _hashes) = (new string?[size], new int[size]);
            foreach (var word in basis.Words) Add(_slots, _hashes, word);
        }
        foreach (var word in added)
            if (word.Length > 0 && Add(_slots, _hashes, word)) kept.Add(word);
        (_slots, _hashes) = SizedFor(kept, _slots, _hashes);
        _mask = _slots.Length - 1;
        Words = kept;
    }

    // Three slots a word at least: the words were counted with their repeats, so the table is made again if they were many.
    private static int SizeFor(int words)
    {
        int size = 16;
        while (size < words * 3) size <<= 1;
        return size;
    }

    private static (string?[] Slots, int[] Hashes) SizedFor(List<string> words, string?[] slots, int[] hashes)
    {
        int size = SizeFor(words.Count);
        if (size == slots.Length) return (slots, hashes);
        (slots, hashes) = (new string?[size], new int[size]);
        foreach (var word in words) Add(slots, hashes, word);
        return (slots, hashes);
    }

    // Puts a word in the table; false when it is there already.
    private static bool Add(string?[] slots, int[] hashes, string word)
    {
        int mask = slots.Length - 1;
        int hash = Hash(word) | Taken;
        int i = hash & mask;
        for (; hashes[i] != 0; i = (i + 1) & mask)
            if (hashes[i] == hash && string.Equals(slots[i], word, StringComparison.Ordinal)) return false;
        (slots[i], hashes[i]) = (word, hash);
        return true;
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
        int hash = Hash(word);
        int i = hash & _mask;
        for (int taken; (taken = _hashes[i]) != 0; i = (i + 1) & _mask)
            if (taken == (hash | Taken) && word.SequenceEqual(_slots[i])) return true;
        return false;
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>The same list with every word passed through a function (a normalizer, say).</summary>
    public WordList Map(Func<string, string> map) => new(Words.Select(map));

    public WordList Union(IEnumerable<string> more) => new(this, more);

    private const int Taken = int.MinValue;

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }
}
