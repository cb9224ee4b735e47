namespace Kit.Normalization;

/// <summary>Lucene's ArabicNormalizer rules as a pure function on a term buffer (the analyzer's hot path).</summary>
public static class LuceneArabicNormalizer
{
    /// <summary>The replacement for c, or '\0' when Lucene deletes it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Map(char c) => (uint)(c - First) < (uint)Table.Length ? Table[c - First] : c;

    // All its rules lie in U+0622..U+0652: a small table of the rules below answers for that range.
    private const char First = ArabicChars.AlefMadda;
    private static readonly char[] Table = [.. Enumerable.Range(First, '\u0652' - First + 1).Select(c => Rule((char)c))];

    private static char Rule(char c) => c switch
    {
        ArabicChars.AlefMadda or ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow => ArabicChars.Alef,
        ArabicChars.AlefMaqsura => ArabicChars.Yeh,
        ArabicChars.TehMarbuta => ArabicChars.Heh,
        ArabicChars.Tatweel => '\0',
        _ when ArabicChars.IsLuceneHarakah(c) => '\0',
        _ => c,
    };

    /// <summary>Normalizes term in place; returns its new length.</summary>
    public static int Normalize(Span<char> term)
    {
        int length = 0;
        foreach (char c in term)
        {
            char m = Map(c);
            if (m != '\0') term[length++] = m;
        }
        return length;
    }
}
