using Kit.Actors;
using Kit.Lexicon;
using Kit.Normalization;
using Kit.Tokenization;

namespace Kit.Quotes;

/// <summary>
/// One document as the quote extractor sees it: words with their normalized forms, sentences, quotation-mark pairs,
/// actor mentions and reporting cues. Every offset is into the original text.
/// </summary>
internal sealed class QuoteText
{
    private readonly int[] _sentenceOfWord;
    private readonly int[] _sentenceFirstWord;

    // The quotes in running text, in order: they never overlap, so they are in order of their closing marks too, and a
    // binary search finds the one at an offset (a long article has thousands; a scan per word was quadratic).
    private readonly QuotePair[] _outerPairs;

    public QuoteText(string id, string text, IReadOnlyList<Mention> mentions)
        : this(id, text, mentions, WordTokenizer.Tokenize(text), null, SentenceSplitter.Split(text))
    {
    }

    /// <summary>A document whose layers are made: its words, their normalized forms and its sentences are read from them.</summary>
    public QuoteText(Layers.TextLayers layers, IReadOnlyList<Mention> mentions)
        : this(layers.Document.Id, layers.Text, mentions, WordsOf(layers), NormOf(layers), layers.Sentences)
    {
    }

    private QuoteText(string id, string text, IReadOnlyList<Mention> mentions, IReadOnlyList<Token> words, IReadOnlyList<string>? norm,
        IReadOnlyList<Sentence> sentences)
    {
        Id = id;
        Text = text;
        Words = words;
        Norm = norm ?? ReportingVerbs.Normalizer.ApplyEach(Words.Select(w => w.Text));
        Sentences = sentences;
        Pairs = QuoteMarkPairer.Pair(text);
        _outerPairs = Pairs.Where(p => p.Depth == 0).ToArray();
        Mentions = mentions;
        NameMentionAt = new Mention?[Words.Count];
        AdjectiveAt = new bool[Words.Count];
        foreach (var m in Mentions)
        {
            int w = WordAt(m.Start);
            if (w < 0) continue;
            if (m.Kind == MentionKind.Adjective) AdjectiveAt[w] = true;
            else NameMentionAt[w] ??= m;
        }
        _sentenceOfWord = new int[Words.Count];
        _sentenceFirstWord = new int[Sentences.Count + 1];
        int s = 0;
        for (int i = 0; i < Words.Count; i++)
        {
            while (s + 1 < Sentences.Count && Words[i].Start >= Sentences[s + 1].Start) s++;
            _sentenceOfWord[i] = s;
        }
        for (int k = 0, i = 0; k <= Sentences.Count; k++)
        {
            while (i < Words.Count && _sentenceOfWord[i] < k) i++;
            _sentenceFirstWord[k] = i;
        }
        CueAt = new ReportingCue?[Words.Count];
    }

    private static Token[] WordsOf(Layers.TextLayers layers)
    {
        var words = new Token[layers.Words.Count];
        string text = layers.Text;
        for (int i = 0; i < words.Length; i++)
        {
            var w = layers.Words[i];
            words[i] = new Token(Caching.Vocabulary.Intern(text.AsSpan(w.Start, w.End - w.Start)), w.Start, w.End, w.Kind); // shared: a form is one string per process
        }
        return words;
    }

    // Each word as the data files are normalized: a slice of the layers' view under that profile, when they have it.
    private static IReadOnlyList<string>? NormOf(Layers.TextLayers layers)
    {
        if (layers.View(ReportingVerbs.Normalizer) is not { } view) return null;
        var norm = new string[layers.Words.Count];
        for (int i = 0; i < norm.Length; i++) norm[i] = Caching.Vocabulary.Intern(view.Text.AsSpan(layers.Words[i].NormStart, layers.Words[i].NormLength));
        return norm;
    }

    public string Id { get; }

    /// <summary>The article's date (dates.tsv or its dateline), which decides who holds a role; null when unknown.</summary>
    public DateOnly? Date { get; init; }

    private readonly Dictionary<string, List<Mention>> _roleHolders = new(StringComparer.Ordinal);

    /// <summary>Remembers that the article wrote a role right before a person's name (المبعوث الأممي مارتن غريفيث).</summary>
    public void AddRoleHolder(string roleKey, Mention person)
    {
        if (!_roleHolders.TryGetValue(roleKey, out var list)) _roleHolders[roleKey] = list = [];
        list.Add(person);
    }

    /// <summary>The person the article last named with this role before an offset, or null.</summary>
    public Mention? RoleHolderBefore(string roleKey, int offset) =>
        _roleHolders.TryGetValue(roleKey, out var list) ? list.LastOrDefault(m => m.Start < offset) : null;

    public string Text { get; }

    public IReadOnlyList<Token> Words { get; }

    /// <summary>Each word normalized like the data files (aggressive profile).</summary>
    public IReadOnlyList<string> Norm { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<QuotePair> Pairs { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    // The mentions in order of their starts (the finder's order; mentions given by a caller are sorted once), so each
    // quote finds those inside it by a binary search: a long article has thousands of both.
    private Mention[]? _mentionsByStart;

    /// <summary>The mentions inside a quote's span [start, end): what <see cref="Quote.Mentions"/> holds.</summary>
    public IReadOnlyList<Mention> MentionsInside(int start, int end)
    {
        if (_mentionsByStart is null)
        {
            var given = Mentions.ToArray();
            _mentionsByStart = IsSortedByStart(given) ? given : [.. given.OrderBy(m => m.Start)]; // a stable sort: equal starts keep their order
        }
        return MentionSpan.Inside(_mentionsByStart, start, end);
    }

    private static bool IsSortedByStart(Mention[] mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
            if (mentions[i].Start < mentions[i - 1].Start) return false;
        return true;
    }

    /// <summary>The name mention that starts in each word (after its proclitics), if any.</summary>
    public Mention?[] NameMentionAt { get; }

    /// <summary>Whether a nationality adjective (الروسي) starts in each word.</summary>
    public bool[] AdjectiveAt { get; }

    /// <summary>The reporting cue at each word, filled in by <see cref="CueFinder"/>.</summary>
    public ReportingCue?[] CueAt { get; }

    public List<ReportingCue> Cues { get; } = [];

    public int SentenceOf(int word) => _sentenceOfWord[word];

    public int FirstWordOf(int sentence) => _sentenceFirstWord[sentence];

    /// <summary>One past the last word of a sentence.</summary>
    public int EndWordOf(int sentence) => _sentenceFirstWord[sentence + 1];

    /// <summary>The word containing an offset, or -1.</summary>
    public int WordAt(int offset)
    {
        int lo = 0, hi = Words.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Words[mid].End <= offset) lo = mid + 1;
            else if (Words[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The first word starting at or after an offset (Words.Count when none).</summary>
    public int WordFrom(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Where the text between word i-1 and word i starts (the end of word i-1).</summary>
    public int GapStart(int i) => i == 0 ? 0 : Words[i - 1].End;

    /// <summary>The text between word i-1 and word i: spaces, punctuation, quotation marks.</summary>
    public ReadOnlySpan<char> Gap(int i) =>
        Text.AsSpan(GapStart(i), (i < Words.Count ? Words[i].Start : Text.Length) - GapStart(i));

    /// <summary>Only spaces between word i-1 and word i.</summary>
    public bool BlankGap(int i)
    {
        foreach (char c in Gap(i))
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Whether an offset lies between two paired marks (a nested pair lies inside an outer one).</summary>
    public bool InsideMarks(int offset)
    {
        int last = FirstOuterPairOpeningAtOrAfter(offset) - 1;
        return last >= 0 && _outerPairs[last].Contains(offset);
    }

    /// <summary>A quote in running text (not nested) whose opening mark lies in [from, to).</summary>
    public QuotePair? OuterPairOpeningIn(int from, int to)
    {
        int first = FirstOuterPairOpeningAtOrAfter(from);
        return first < _outerPairs.Length && _outerPairs[first].Open < to ? _outerPairs[first] : null;
    }

    /// <summary>A quote in running text whose closing mark lies in [from, to).</summary>
    public QuotePair? OuterPairClosingIn(int from, int to)
    {
        int lo = 0, hi = _outerPairs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_outerPairs[mid].Close < from) lo = mid + 1;
            else hi = mid;
        }
        return lo < _outerPairs.Length && _outerPairs[lo].Close < to ? _outerPairs[lo] : null;
    }

    /// <summary>The quotes in running text that open and close within [start, end), in order.</summary>
    public IEnumerable<QuotePair> OuterPairsWithin(int start, int end)
    {
        for (int k = FirstOuterPairOpeningAtOrAfter(start); k < _outerPairs.Length && _outerPairs[k].Open < end; k++)
            if (_outerPairs[k].Close < end) yield return _outerPairs[k];
    }

    private int FirstOuterPairOpeningAtOrAfter(int offset)
    {
        int lo = 0, hi = _outerPairs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_outerPairs[mid].Open < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The first reporting cue after a word and before another, outside quotation marks (cues are filled in first).</summary>
    public ReportingCue? NextCueOutsideMarks(int afterWord, int beforeWord)
    {
        for (int w = Math.Max(afterWord + 1, 0); w < beforeWord && w < Words.Count; w++)
            if (CueAt[w] is { InsideMarks: false } cue) return cue;
        return null;
    }

    /// <summary>The cues of one sentence, in order (cues are in word order, so a binary search finds the first).</summary>
    public IEnumerable<ReportingCue> CuesOf(int sentence)
    {
        int lo = 0, hi = Cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Cues[mid].Sentence < sentence) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < Cues.Count && Cues[k].Sentence == sentence; k++) yield return Cues[k];
    }

    /// <summary>A word without a conjunction و or ف in front (normalized).</summary>
    public static string WithoutConjunction(string norm) => norm.Length > 2 && Clitics.IsConjunction(norm[0]) ? norm[1..] : norm;

    /// <summary>The original offset after skipping n letters of a word (a proclitic), diacritics following them included.</summary>
    public int SkipLetters(int word, int letters)
    {
        int at = Words[word].Start, end = Words[word].End;
        while (letters > 0 && at < end)
        {
            at++;
            while (at < end && (ArabicChars.IsDiacritic(Text[at]) || Text[at] == ArabicChars.Tatweel)) at++;
            letters--;
        }
        return at;
    }

    /// <summary>
    /// The last name mention of a type ending at or before an offset. Mentions are in text order, so a binary search
    /// finds where to start looking back (a scan from the end of a long article for every speaker was quadratic).
    /// </summary>
    public Mention? LastNameMentionBefore(int offset, string type)
    {
        _namesByType ??= Mentions.Where(m => m.Kind == MentionKind.Name).GroupBy(m => m.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!_namesByType.TryGetValue(type, out var names)) return null;
        int lo = 0, hi = names.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (names[mid].Start <= offset) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo - 1; k >= 0; k--)
            if (names[k].End <= offset) return names[k];
        return null;
    }

    private Dictionary<string, List<Mention>>? _namesByType;

    /// <summary>Forgets the reporting cues that stand inside a person's name (the surname ويري is not و + يرى).</summary>
    public void DropCuesInsidePersonNames()
    {
        foreach (var m in Mentions)
        {
            if (m.Type != ActorType.Person || m.Kind != MentionKind.Name) continue;
            for (int w = WordAt(m.Start); w >= 0 && w < Words.Count && Words[w].Start < m.End; w++)
                if (CueAt[w] is { } cue)
                {
                    CueAt[w] = null;
                    Cues.Remove(cue);
                }
        }
    }

    /// <summary>The word just after a mention.</summary>
    public int WordAfter(Mention m) => WordFrom(m.End);
}
