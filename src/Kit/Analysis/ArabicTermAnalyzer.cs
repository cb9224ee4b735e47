using Kit.Actors;
using Kit.Caching;
using Kit.Lexicon;
using Kit.Normalization;
using Kit.Tokenization;

namespace Kit.Analysis;

/// <summary>
/// The analyzer of the "clitics" profile (as the CLI names it), made for analysis and teaching: the text is normalized (standard profile) with its offset map,
/// broken into words, each word segmented into clitics and base (names protected), stemmed apart from its surface,
/// and checked against stopwords normalized the same way. Every span points into the original text.
/// </summary>
public sealed class ArabicTermAnalyzer
{
    public ArabicTermAnalyzer(ArabicNormalizer? normalizer = null, WordList? stopwords = null, WordList? protectedWords = null)
    {
        Normalizer = normalizer ?? ArabicNormalizer.Standard;
        var normalize = Normalizer.Apply;
        Stopwords = (stopwords ?? Lexicon.Stopwords.Bundled()).Map(normalize);
        Names = new WordList(Gazetteer.Default.NameWords()).Map(normalize);
        Protected = (protectedWords ?? WordList.Load("protected-words.txt")).Map(normalize).Union(Names.Words);
        Segmenter = new CliticSegmenter(Protected, Stopwords);
    }

    public static ArabicTermAnalyzer Default => DefaultLazy.Value;

    private static readonly Lazy<ArabicTermAnalyzer> DefaultLazy = new(() => new ArabicTermAnalyzer());

    public ArabicNormalizer Normalizer { get; }

    public WordList Stopwords { get; }

    /// <summary>Words never cut into clitics: Data/protected-words.txt and the names.</summary>
    public WordList Protected { get; }

    /// <summary>Words of actor names (Data/actors.json): never stemmed either, since stems are not names.</summary>
    public WordList Names { get; }

    public CliticSegmenter Segmenter { get; }

    /// <summary>Every word of the text, stopwords included (flagged).</summary>
    public IReadOnlyList<AnalyzedWord> Analyze(string text)
    {
        var normalized = Normalizer.Normalize(text, collectExamples: false);
        var tokens = new List<AnalyzedWord>(normalized.Text.Length / 6);
        var cache = _decisions.Value!; // this thread's memory of words, fetched once a text
        int position = 0;
        while (WordBreaker.NextWord(normalized.Text, ref position, out int start, out int end, out var kind))
            tokens.Add(Token(text, normalized, start, end, kind, cache));
        return tokens;
    }

    /// <summary>The same on a document's layers: their words and normalized text, not made again (unless this analyzer normalizes otherwise).</summary>
    internal IReadOnlyList<AnalyzedWord> Analyze(Layers.TextLayers layers)
    {
        if (layers.View(Normalizer) is not { } normalized) return Analyze(layers.Text);
        var tokens = new List<AnalyzedWord>(layers.Words.Count);
        var cache = _decisions.Value!;
        foreach (var w in layers.WordSpans) tokens.Add(Token(layers.Text, normalized, w.NormStart, w.NormEnd, w.Kind, cache));
        return tokens;
    }

    // One word as a token: what does not depend on where it stands is decided once per word and thread.
    private AnalyzedWord Token(string text, NormalizedText normalized, int start, int end, WordKind kind, WordCache<WordDecision> cache)
    {
        var d = Decision(normalized.Text, start, end, kind, cache);
        var span = normalized.ToOriginal(start, end);
        var segmentation = d.Segmentation;
        int baseStart = segmentation.Offset == 0 ? span.Start : normalized.ToOriginal(start + segmentation.Offset, end).Start;
        int baseEnd = segmentation.Enclitic is null ? span.End : normalized.ToOriginal(start, end - segmentation.Enclitic.Length).End;
        // The surface is most often the normalized word itself: share that string rather than copy it.
        var written = text.AsSpan(span.Start, span.End - span.Start);
        string surface = written.SequenceEqual(d.Word) ? d.Word : written.ToString();
        return new AnalyzedWord(surface, span.Start, span.End, kind, d.Word, segmentation.Proclitics,
            segmentation.Base, baseStart, baseEnd, segmentation.Enclitic, d.Stem, d.IsStopword, d.IsProtected);
    }

    private WordDecision Decision(string n, int start, int end, WordKind kind, WordCache<WordDecision> cache)
    {
        if (!cache.TryGet(n.AsSpan(start, end - start), (int)kind, out var d))
        {
            d = Decide(n[start..end], kind);
            cache.Add(d.Word, (int)kind, d);
        }
        return d;
    }

    // Everything about a word that does not depend on where it stands: decided once per word and thread.
    private readonly ThreadLocal<WordCache<WordDecision>> _decisions = new(() => new WordCache<WordDecision>());

    private WordDecision Decide(string word, WordKind kind)
    {
        var segmentation = kind == WordKind.Word ? Segmenter.Segment(word) : Segmentation.Whole(word);
        bool isProtected = Protected.Contains(word) || Protected.Contains(segmentation.Base);
        bool isStopword = Stopwords.Contains(word) || Stopwords.Contains(segmentation.Base);
        string stem = Names.Contains(segmentation.Base) || kind != WordKind.Word ? segmentation.Base : LightStem(segmentation.Base);
        return new WordDecision(word, kind, segmentation, stem, isStopword, isProtected);
    }

    private sealed record WordDecision(string Word, WordKind Kind, Segmentation Segmentation, string Stem, bool IsStopword, bool IsProtected)
    {
        /// <summary>The term of the word (its base), kept beside its kind: counting terms reads no Segmentation a word.</summary>
        public string Base { get; } = Segmentation.Base;
    }

    /// <summary>Terms for counting and for kit tokenize: the base of every word that is not a stopword.</summary>
    public IReadOnlyList<Term> Terms(string text) => TermsOf(Analyze(text));

    internal IReadOnlyList<Term> Terms(Layers.TextLayers layers)
    {
        if (layers.View(Normalizer) is not { } normalized) return Terms(layers.Text);
        // A term needs only the word's decision and span: no analyzed word (surface, base offsets) is built per word.
        var terms = new TermList(layers.Words.Count);
        var cache = _decisions.Value!;
        string n = normalized.Text;
        // The words' form ids name forms of the layers' own text: valid here when that is the text analyzed.
        var byForm = ReferenceEquals(normalized, layers.Normalized) ? TermsByForm() : null;
        foreach (ref readonly var w in layers.WordSpans)
        {
            string? term;
            if (byForm is not null && w.Form >= 0) term = byForm.TermOf(w, n, this, cache);
            else
            {
                var d = Decision(n, w.NormStart, w.NormEnd, w.Kind, cache);
                term = d.IsStopword ? null : d.Base;
            }
            if (term is null) continue;
            var span = normalized.ToOriginal(w.NormStart, w.NormEnd);
            terms.Add(term, span.Start, span.End, byForm is null ? -1 : w.Form);
        }
        return terms;
    }

    // Made on first use: analyzers that never see layers do without.
    private FormTerms? _byForm;

    private FormTerms TermsByForm() => LazyInitializer.EnsureInitialized(ref _byForm, () => new FormTerms());

    // The term of each word form by its vocabulary id, in two flat arrays (what kind it was decided for and whether it is a
    // stopword; its base): a word reads no decision object, whose load stalled the loop (perf of kit report). Threads may race
    // to fill a slot; they write equal values, the base before the byte that makes it valid.
    private sealed class FormTerms
    {
        private const byte Stopword = 0x80;
        private readonly byte[] _kinds = new byte[Vocabulary.MaxForms]; // 0: not decided; else kind + 1, with Stopword
        private readonly string?[] _bases = new string?[Vocabulary.MaxForms];

        public string? TermOf(in Layers.WordSpan w, string n, ArabicTermAnalyzer analyzer, WordCache<WordDecision> cache)
        {
            byte known = Volatile.Read(ref _kinds[w.Form]);
            byte word = (byte)((int)w.Kind + 1);
            if (known == word) return _bases[w.Form];
            if (known == (word | Stopword)) return null;
            var d = analyzer.Decision(n, w.NormStart, w.NormEnd, w.Kind, cache);
            _bases[w.Form] = d.Base;
            Volatile.Write(ref _kinds[w.Form], (byte)(word | (d.IsStopword ? Stopword : 0)));
            return d.IsStopword ? null : d.Base;
        }
    }

    private static List<Term> TermsOf(IReadOnlyList<AnalyzedWord> tokens)
    {
        var terms = new List<Term>(tokens.Count);
        foreach (var t in tokens)
            if (!t.IsStopword) terms.Add(new Term(t.Base, t.Start, t.End));
        return terms;
    }

    // Lucene's suffix rules on the clitic-free base (its prefixes are the proclitics, already off).
    private static string LightStem(string word)
    {
        var buffer = word.ToCharArray();
        int length = LuceneArabicNormalizer.Normalize(buffer);
        length = LuceneStemmer.StemSuffixes(buffer.AsSpan(0, length));
        return length >= 2 ? new string(buffer, 0, length) : word;
    }
}
