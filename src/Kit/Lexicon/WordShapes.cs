namespace Kit.Lexicon;

/// <summary>
/// A quick test in front of a set of words: one bit per shape (length, first and last letter) of the words added. A word
/// whose shape no added word has is surely not in the set, found by one bit test before any hashing; asked of nearly
/// every word of a document, most words are ruled out there.
/// </summary>
internal sealed class WordShapes
{
    private const int ShapeBits = 1 << 12;
    private readonly ulong[] _bits = new ulong[ShapeBits / 64];

    public WordShapes()
    {
    }

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words) Add(word);
    }

    public void Add(ReadOnlySpan<char> word)
    {
        int shape = Shape(word);
        _bits[shape >> 6] |= 1UL << (shape & 63);
    }

    /// <summary>False: the word is in no set these shapes were made from. True: it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        int shape = Shape(word);
        return (_bits[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    private static int Shape(ReadOnlySpan<char> word) => word.IsEmpty ? 0 : (word.Length * 131 + word[0] * 31 + word[^1]) & (ShapeBits - 1);
}
