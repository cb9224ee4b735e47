using System.Buffers;
using Kit.Lexicon;
using Kit.Normalization;
using Kit.Tokenization;

namespace Kit.Analysis;

/// <summary>
/// The "lucene" profile: the chain of Lucene's ArabicAnalyzer (4.8), step by step — word breaking (UAX #29),
/// lower case, Savoy's stopwords (matched before normalization), Lucene's normalizer, Lucene's light stemmer.
/// Its terms and offsets equal Lucene.Net's ArabicAnalyzer's (LuceneConformanceTests, LucenePropertyTests).
/// </summary>
public sealed class LuceneAnalyzer
{
    /// <summary>
    /// StandardTokenizer's default maximum token length: Lucene 4.8 (and Lucene.Net 4.8) skips a longer word, in
    /// UTF-16 units. (Java Lucene 4.10.1 and later cut it into pieces of this length instead.)
    /// </summary>
    public const int MaxTokenLength = 255;

    public LuceneAnalyzer(WordList? stopwords = null) => Stopwords = stopwords ?? WordList.Load("stopwords-savoy.txt");

    public static LuceneAnalyzer Default { get; } = new();

    public WordList Stopwords { get; }

    public IReadOnlyList<Term> Analyze(string text)
    {
        var sink = new ListSink();
        Analyze(text, ref sink);
        return sink.Terms;
    }

    /// <summary>Streams terms into a sink; returns how many were emitted.</summary>
    public int Analyze<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : ITermSink
    {
        char[] rented = ArrayPool<char>.Shared.Rent(MaxTokenLength * 2);
        int count = 0;
        try
        {
            int position = 0;
            while (WordBreaker.NextWord(text, ref position, out int wordStart, out int wordEnd, out _))
                if (wordEnd - wordStart <= MaxTokenLength && AnalyzeWord(text, wordStart, wordEnd, rented, ref sink)) count++;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return count;
    }

    // One word through the filter chain; false when a filter drops it.
    private bool AnalyzeWord<TSink>(ReadOnlySpan<char> text, int start, int end, char[] buffer, ref TSink sink) where TSink : ITermSink
    {
        int length = end - start;
        var term = buffer.AsSpan(0, length * 2);
        length = LowerCase(text[start..end], term);
        term = term[..length];
        if (Stopwords.Contains(term)) return false;
        length = LuceneArabicNormalizer.Normalize(term);
        if (length == 0) return false; // Lucene would emit an empty term here; the kit never does.
        length = LuceneStemmer.Stem(term[..length], out int stemStart);
        sink.Add(term.Slice(stemStart, length), start, end);
        return true;
    }

    // Java's Character.toLowerCase per code point; ASCII and Arabic take the fast path.
    private static int LowerCase(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < 0x80) output[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            else if (c is >= '\u0600' and <= '\u06FF') output[n++] = c;
            else if (char.IsHighSurrogate(c) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                string lower = char.ConvertFromUtf32(char.ConvertToUtf32(c, word[i + 1])).ToLowerInvariant();
                lower.AsSpan().CopyTo(output[n..]);
                n += lower.Length;
                i++;
            }
            else output[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }

    private struct ListSink() : ITermSink
    {
        public List<Term> Terms { get; } = [];

        public void Add(ReadOnlySpan<char> term, int start, int end) => Terms.Add(new Term(term.ToString(), start, end));
    }
}
