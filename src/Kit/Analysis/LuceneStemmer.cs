using System.Runtime.CompilerServices;

namespace Kit.Analysis;

/// <summary>
/// Lucene's ArabicStemmer (Larkey, Ballesteros &amp; Connell 2007, "light8"): at most one prefix off, then suffixes.
/// Stems are for matching words in search, not names: it turns بوتين into بوت.
/// </summary>
public static class LuceneStemmer
{
    // Lucene's own list and order, not the kit's clitic table (Lexicon/Clitics.cs): the conformance tests hold it to Lucene.
    private static readonly string[] Prefixes = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

    public static string Stem(string term)
    {
        var buffer = term.ToCharArray();
        return new string(buffer, 0, Stem(buffer));
    }

    /// <summary>Stems the term in place; returns its new length.</summary>
    public static int Stem(Span<char> term)
    {
        int length = Stem(term, out int start);
        if (start > 0) term.Slice(start, length).CopyTo(term);
        return length;
    }

    /// <summary>Stems without moving a letter (the analyzer's hot path): the stem is term[start..(start + length)].</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // compiled on its own, its small helpers inline into it (measured: kit bench)
    internal static int Stem(ReadOnlySpan<char> term, out int start)
    {
        start = PrefixLength(term);
        return StemSuffix(term[start..], term.Length - start);
    }

    /// <summary>Only the suffix rules, in place; returns the new length (the ArabicTermAnalyzer takes prefixes off as clitics).</summary>
    public static int StemSuffixes(Span<char> term) => StemSuffix(term, term.Length);

    // The length of the one prefix that comes off, or 0.
    private static int PrefixLength(ReadOnlySpan<char> s)
    {
        foreach (var prefix in Prefixes)
            if (StartsWithCheckLength(s, prefix)) return prefix.Length;
        return 0;
    }

    private static int StemSuffix(ReadOnlySpan<char> s, int length)
    {
        foreach (var suffix in Suffixes)
            if (EndsWithCheckLength(s[..length], suffix))
                length -= suffix.Length;
        return length;
    }

    // و needs a word of at least 4 letters; the other prefixes leave at least 2.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsWithCheckLength(ReadOnlySpan<char> s, string prefix)
    {
        if (prefix.Length == 1 && s.Length < 4) return false;
        if (s.Length < prefix.Length + 2) return false;
        for (int i = 0; i < prefix.Length; i++) // a loop, not Span.StartsWith: two or three letters compare faster by hand
            if (s[i] != prefix[i]) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsWithCheckLength(ReadOnlySpan<char> s, string suffix)
    {
        if (s.Length < suffix.Length + 2) return false;
        int offset = s.Length - suffix.Length;
        for (int i = suffix.Length - 1; i >= 0; i--) // last letter first: most words fail there
            if (s[offset + i] != suffix[i]) return false;
        return true;
    }
}
