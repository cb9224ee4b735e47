using Kit.Caching;
using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>One normalized word form and what the extractor decides about it once: its shared string, and the reporting verb it is (if any).</summary>
internal sealed class WordForm(string norm, VerbForm? verb, int proclitic)
{
    public string Norm { get; } = norm;

    /// <summary>The reporting verb the word is, bare or behind a proclitic; null when none.</summary>
    public VerbForm? Verb { get; } = verb;

    /// <summary>How many letters of proclitic stand before the verb (و, ف, بال …).</summary>
    public int Proclitic { get; } = proclitic;
}

/// <summary>
/// The word forms one thread has met, each decided once: news repeats a few thousand words, so a document's words are
/// looked up by span (no allocation) instead of being copied and looked up in the verb lists one by one. Not
/// thread-safe: the extractor keeps one per thread.
/// </summary>
internal sealed class WordForms(ReportingVerbs verbs)
{
    // 2^16 slots keep 32,768 forms before the cache empties itself (WordCache's bound).
    private readonly WordCache<WordForm> _known = new(1 << 16);

    public WordForm Of(ReadOnlySpan<char> norm)
    {
        if (_known.TryGet(norm, 0, out var known)) return known;
        string text = Vocabulary.Intern(norm); // one string per form in the process, as before
        var (verb, proclitic) = CueFinder.Lookup(text, verbs);
        var form = new WordForm(text, verb, proclitic);
        _known.Add(text, 0, form);
        return form;
    }
}
