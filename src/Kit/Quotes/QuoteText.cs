using Kit.Actors;
using Kit.Layers;
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
    private readonly int[] _sentenceFirstWord;

    // The quotes in running text, in order: they never overlap, so they are in order of their closing marks too, and a
    // binary search finds the one at an offset (a long article has thousands; a scan per word was quadratic).
    private readonly QuotePair[] _outerPairs;

    // Their marks' offsets side by side: a search reads ints in one array, not a pair object at every step.
    private readonly int[] _outerOpens, _outerCloses;

    /// <summary>A text with no layers: it is broken into words, normalized and split into sentences here.</summary>
    public QuoteText(string id, string text, IReadOnlyList<Mention> mentions, WordForms forms, WordBuffers buffers)
        : this(id, text, mentions, forms, buffers, SentenceSplitter.Split(text), null)
    {
    }

    /// <summary>A document whose layers are made: its words, their normalized forms and its sentences are read from them.</summary>
    public QuoteText(TextLayers layers, IReadOnlyList<Mention> mentions, WordForms forms, WordBuffers buffers)
        : this(layers.Document.Id, layers.Text, mentions, forms, buffers, layers.Sentences, layers)
    {
        _dateSource = layers.Document;
    }

    private QuoteText(string id, string text, IReadOnlyList<Mention> mentions, WordForms forms, WordBuffers buffers, IReadOnlyList<Sentence> sentences, TextLayers? layers)
    {
        Id = id;
        Text = text;
        Sentences = sentences;
        _words = layers is null ? WordsOf(text, sentences) : layers.Words as List<WordSpan> ?? [.. layers.Words]; // the layers' list itself: no copy
        _count = Words.Length;
        (_forms, _nameMentionAt, _adjectiveAt, _cueAt) = buffers.For(_count); // the thread's arrays, not a new set per document
        FormCues = forms.Cues;
        _sentenceFirstWord = new int[Sentences.Count + 1];
        if (layers?.View(ReportingVerbs.Normalizer) is { } view) FillForms(view.Text, forms); // finds where each sentence starts too
        else
        {
            FillForms(ReportingVerbs.Normalizer.ApplyEach(_words.Select(w => text[w.Start..w.End])), forms);
            for (int k = 0, i = 0; k < _sentenceFirstWord.Length; k++)
            {
                while (i < Words.Length && Words[i].Sentence < k) i++;
                _sentenceFirstWord[k] = i;
            }
        }
        Pairs = QuoteMarkPairer.Pair(text);
        _outerPairs = OuterPairs(Pairs);
        _outerOpens = new int[_outerPairs.Length];
        _outerCloses = new int[_outerPairs.Length];
        for (int k = 0; k < _outerPairs.Length; k++) (_outerOpens[k], _outerCloses[k]) = (_outerPairs[k].Open, _outerPairs[k].Close);
        Mentions = mentions;
        // Mentions come in text order (the finder's): one walk along the words finds each one's word, as WordAt would;
        // one out of order (a hand-made list) is searched for.
        int cursor = 0, previous = 0;
        var words = Words;
        foreach (var m in InOrderGiven(mentions))
        {
            int w;
            if (m.Start >= previous)
            {
                while (cursor < words.Length && words[cursor].End <= m.Start) cursor++;
                w = cursor < words.Length && words[cursor].Start <= m.Start ? cursor : -1;
                previous = m.Start;
            }
            else w = WordAt(m.Start);
            if (w < 0) continue;
            if (m.Kind == MentionKind.Adjective) _adjectiveAt[w] = true;
            else if (_nameMentionAt[w] is null)
            {
                _nameMentionAt[w] = m;
                _namedWords.Add(w);
            }
            if (m.Type == ActorType.Person && m.Kind == MentionKind.Name) _personNames.Add((w, m));
        }
        if (!IsAscending(_namedWords)) _namedWords.Sort(); // a hand-made list out of order: the words in text order all the same
    }

    // The mentions as an array or list holds them (read with no enumerator), else copied once in the order given.
    private static ReadOnlySpan<Mention> InOrderGiven(IReadOnlyList<Mention> mentions) => mentions switch
    {
        Mention[] array => array,
        List<Mention> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => mentions.ToArray(),
    };

    // The words of a text with no layers, each with its sentence (the last that starts at or before the word), as the layers make them.
    private static List<WordSpan> WordsOf(string text, IReadOnlyList<Sentence> sentences)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var words = new List<WordSpan>(tokens.Count);
        int s = 0;
        foreach (var token in tokens)
        {
            while (s + 1 < sentences.Count && token.Start >= sentences[s + 1].Start) s++;
            words.Add(new WordSpan(-1, -1, token.Start, token.End, token.Kind, s));
        }
        return words;
    }

    // Each word's form, normalized as the data files are: a slice of the layers' view under that profile, decided once per form.
    // The same walk notes each sentence's first word (the first whose sentence is at least k, as a second walk would).
    private void FillForms(string view, WordForms forms)
    {
        var words = Words;
        var (wordForms, firstWords) = (_forms, _sentenceFirstWord);
        int k = 0;
        uint present = 0;
        for (int i = 0; i < words.Length; i++)
        {
            ref readonly var word = ref words[i];
            var known = forms.Of(word.Form, view, word.NormStart, word.NormLength);
            wordForms[i] = known.Form;
            if (known.IsVerb) _verbWords.Add(i);
            present |= known.PhraseStartsWithBare;
            while (k < firstWords.Length && word.Sentence >= k) firstWords[k++] = i;
        }
        while (k < firstWords.Length) firstWords[k++] = words.Length;
        PhraseStartsPresent = present;
    }

    private void FillForms(IReadOnlyList<string> norm, WordForms forms)
    {
        for (int i = 0; i < Words.Length; i++)
        {
            var form = _forms[i] = forms.Of(norm[i]);
            if (form.Verb is not null) _verbWords.Add(i);
            PhraseStartsPresent |= form.PhraseStartsWithBare;
        }
    }

    private static bool IsAscending(List<int> words)
    {
        for (int k = 1; k < words.Count; k++)
            if (words[k] < words[k - 1]) return false;
        return true;
    }

    // The words whose form is a reporting verb, in order: the cue finder reads only these, not every word again.
    private readonly List<int> _verbWords = [];

    /// <summary>The words whose form is a reporting verb (<see cref="WordForm.Verb"/>), in order.</summary>
    public ReadOnlySpan<int> VerbWords => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_verbWords);

    /// <summary>
    /// The cue lists of <see cref="FormCues"/> a phrase of may start at some word of the document, with or without the
    /// word's conjunction (the words' <see cref="WordForm.PhraseStartsWithBare"/>, or'd).
    /// </summary>
    public uint PhraseStartsPresent { get; private set; }

    // The words a name mention starts in, in order: the role finder reads only these.
    private readonly List<int> _namedWords = [];

    /// <summary>The words with a name mention (<see cref="NameMentionAt"/> is set), in order.</summary>
    public ReadOnlySpan<int> NamedWords => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_namedWords);

    private static QuotePair[] OuterPairs(IReadOnlyList<QuotePair> pairs)
    {
        int count = 0;
        for (int k = 0; k < pairs.Count; k++)
            if (pairs[k].Depth == 0) count++;
        var outer = new QuotePair[count]; // counted first: one array of the right size
        for (int k = 0, n = 0; n < count; k++)
            if (pairs[k].Depth == 0) outer[n++] = pairs[k];
        return outer;
    }

    public string Id { get; }

    /// <summary>The article's date (dates.tsv or its dateline), which decides who holds a role; null when unknown.</summary>
    public DateOnly? Date
    {
        get
        {
            if (_dateSource is { } document)
            {
                _date = document.KnownDate;
                _dateSource = null;
            }
            return _date;
        }
        init => (_date, _dateSource) = (value, null);
    }

    private DateOnly? _date;

    // A document made into layers has its date read when a role first asks for it (SpeakerPhraseReader.TitlePhrase), not
    // for every document: most write no role, and reading the date may search the text for a dateline.
    private Corpus.Document? _dateSource;

    private Dictionary<string, List<Mention>>? _roleHolders; // made on the first role: most articles write none

    /// <summary>Remembers that the article wrote a role right before a person's name (المبعوث الأممي مارتن غريفيث).</summary>
    public void AddRoleHolder(string roleKey, Mention person)
    {
        _roleHolders ??= new(StringComparer.Ordinal);
        if (!_roleHolders.TryGetValue(roleKey, out var list)) _roleHolders[roleKey] = list = [];
        list.Add(person);
    }

    /// <summary>The person the article last named with this role before an offset, or null.</summary>
    public Mention? RoleHolderBefore(string roleKey, int offset)
    {
        if (_roleHolders is null || !_roleHolders.TryGetValue(roleKey, out var list)) return null;
        for (int k = list.Count - 1; k >= 0; k--)
            if (list[k].Start < offset) return list[k];
        return null;
    }

    public string Text { get; }

    private readonly List<WordSpan> _words;

    /// <summary>The words, in order, with their offsets in the original text and their sentences (a view of the list, not a copy).</summary>
    public ReadOnlySpan<WordSpan> Words
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // read in every hot loop
        get => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words);
    }

    /// <summary>Each word normalized like the data files (aggressive profile): a view of <see cref="Forms"/>.</summary>
    public NormalizedWords Norm => new(_forms, _count);

    /// <summary>Each word's form, with what was decided about it once (is it a reporting verb?).</summary>
    public ReadOnlySpan<WordForm> Forms
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // read in every hot loop
        get => new(_forms, 0, _count);
    }

    // The thread's arrays (WordBuffers), longer than the document: each property gives the document's words only.
    private readonly WordForm[] _forms;
    private readonly Mention?[] _nameMentionAt;
    private readonly bool[] _adjectiveAt;
    private readonly ReportingCue?[] _cueAt;
    private readonly int _count;

    /// <summary>The cue lists the forms' phrase starts were decided against (<see cref="PhraseList.MatchAt(QuoteText, int, bool)"/>).</summary>
    public QuoteCues FormCues { get; }

    /// <summary>A word as written in the original text.</summary>
    public string WordText(int word) => Text[Words[word].Start..Words[word].End];

    /// <summary>Words as written, from one for a count, joined by spaces (a reason's quotation of a phrase).</summary>
    public string WordsText(int first, int count)
    {
        var words = Words;
        int n = Math.Max(0, Math.Min(count, words.Length - first)), length = Math.Max(0, n - 1);
        for (int k = first; k < first + n; k++) length += words[k].End - words[k].Start;
        // Written straight into the string from the text: no string per word, no array of them.
        return string.Create(length, (this, first, n), static (chars, at) =>
        {
            var (t, first, n) = at;
            var words = t.Words;
            for (int k = first, o = 0; k < first + n; k++)
            {
                if (k > first) chars[o++] = ' ';
                var word = t.Text.AsSpan(words[k].Start, words[k].End - words[k].Start);
                word.CopyTo(chars[o..]);
                o += word.Length;
            }
        });
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<QuotePair> Pairs { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    // The mentions in order of their starts (the finder's order; mentions given by a caller are sorted once), so each
    // quote finds those inside it by a binary search: a long article has thousands of both.
    private Mention[]? _sortedMentions;
    private bool? _givenInOrder; // checked once per document, not once per quote

    /// <summary>The mentions inside a quote's span [start, end): what <see cref="Quote.Mentions"/> holds.</summary>
    public IReadOnlyList<Mention> MentionsInside(int start, int end) => MentionSpan.Inside(MentionsByStart(), start, end);

    // The given mentions themselves when they are an array or list in order (no copy per document), else a sorted copy made once.
    private ReadOnlySpan<Mention> MentionsByStart()
    {
        if (_sortedMentions is not null) return _sortedMentions;
        var given = Mentions switch
        {
            Mention[] array => array.AsSpan(),
            List<Mention> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        _givenInOrder ??= given.Length == Mentions.Count && IsSortedByStart(given);
        if (_givenInOrder.Value) return given;
        _sortedMentions = [.. Mentions.OrderBy(m => m.Start)]; // a stable sort: equal starts keep their order
        return _sortedMentions;
    }

    private static bool IsSortedByStart(ReadOnlySpan<Mention> mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
            if (mentions[i].Start < mentions[i - 1].Start) return false;
        return true;
    }

    /// <summary>The name mention that starts in each word (after its proclitics), if any.</summary>
    public ReadOnlySpan<Mention?> NameMentionAt
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => new(_nameMentionAt, 0, _count);
    }

    /// <summary>Whether a nationality adjective (الروسي) starts in each word.</summary>
    public ReadOnlySpan<bool> AdjectiveAt
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => new(_adjectiveAt, 0, _count);
    }

    /// <summary>The reporting cue at each word, filled in by <see cref="CueFinder"/>.</summary>
    public Span<ReportingCue?> CueAt
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => new(_cueAt, 0, _count);
    }

    public List<ReportingCue> Cues { get; } = [];

    public int SentenceOf(int word) => Words[word].Sentence;

    public int FirstWordOf(int sentence) => _sentenceFirstWord[sentence];

    /// <summary>One past the last word of a sentence.</summary>
    public int EndWordOf(int sentence) => _sentenceFirstWord[sentence + 1];

    /// <summary>The word containing an offset, or -1.</summary>
    public int WordAt(int offset)
    {
        var words = Words; // the view taken once, not at every step of the search
        int lo = 0, hi = words.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (words[mid].End <= offset) lo = mid + 1;
            else if (words[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The first word starting at or after an offset (Words.Length when none).</summary>
    public int WordFrom(int offset)
    {
        var words = Words; // the view taken once, not at every step of the search
        int hint = _lastWordFrom, lo, hi;
        // The rules ask about words near the last one asked (a speaker's start, its end, the word after a name): the
        // search steps out from the last answer by doubling strides, then halves the stretch it found.
        if (hint == words.Length || words[hint].Start >= offset)
        {
            int probe = hint - 1, stride = 1;
            hi = hint;
            while (probe >= 0 && words[probe].Start >= offset)
            {
                hi = probe;
                probe -= stride;
                stride <<= 1;
            }
            lo = Math.Max(probe + 1, 0);
        }
        else
        {
            int probe = hint + 1, stride = 1;
            lo = hint + 1;
            while (probe < words.Length && words[probe].Start < offset)
            {
                lo = probe + 1;
                probe += stride;
                stride <<= 1;
            }
            hi = Math.Min(probe, words.Length);
        }
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        _lastWordFrom = lo;
        return lo;
    }

    // The last answer of WordFrom, where its next search starts (a document is read by one thread).
    private int _lastWordFrom;

    /// <summary>Where the text between word i-1 and word i starts (the end of word i-1).</summary>
    public int GapStart(int i) => i == 0 ? 0 : Words[i - 1].End;

    /// <summary>The text between word i-1 and word i: spaces, punctuation, quotation marks.</summary>
    public ReadOnlySpan<char> Gap(int i)
    {
        var words = Words;
        int start = i == 0 ? 0 : words[i - 1].End;
        return Text.AsSpan(start, (i < words.Length ? words[i].Start : Text.Length) - start);
    }

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
        return last >= 0 && offset > _outerOpens[last] && offset < _outerCloses[last]; // QuotePair.Contains
    }

    /// <summary>
    /// The same for offsets read in increasing order: next keeps the first quote opening at or after the last offset
    /// (start it at -1), so a walk along a clause's words moves forward instead of searching again for every word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked at every word of a clause's walk
    public bool InsideMarks(int offset, ref int next)
    {
        if (next < 0) next = FirstOuterPairOpeningAtOrAfter(offset);
        var opens = _outerOpens;
        while (next < opens.Length && opens[next] < offset) next++;
        int last = next - 1;
        return last >= 0 && offset > _outerOpens[last] && offset < _outerCloses[last]; // QuotePair.Contains
    }

    /// <summary>A quote in running text (not nested) whose opening mark lies in [from, to).</summary>
    public QuotePair? OuterPairOpeningIn(int from, int to)
    {
        int first = FirstOuterPairOpeningAtOrAfter(from);
        return first < _outerOpens.Length && _outerOpens[first] < to ? _outerPairs[first] : null;
    }

    /// <summary>
    /// The same for stretches asked in increasing order, as <see cref="InsideMarks(int, ref int)"/> walks: next keeps the
    /// first quote opening at or after the last from (start it at -1), so a walk along words moves on instead of searching.
    /// </summary>
    public QuotePair? OuterPairOpeningIn(int from, int to, ref int next)
    {
        if (next < 0) next = FirstOuterPairOpeningAtOrAfter(from);
        var opens = _outerOpens;
        while (next < opens.Length && opens[next] < from) next++;
        return next < opens.Length && opens[next] < to ? _outerPairs[next] : null;
    }

    /// <summary>A quote in running text whose closing mark lies in [from, to).</summary>
    public QuotePair? OuterPairClosingIn(int from, int to)
    {
        int first = FirstAtOrAfter(_outerCloses, from);
        return first < _outerCloses.Length && _outerCloses[first] < to ? _outerPairs[first] : null;
    }

    /// <summary>
    /// How many quotes in running text open and close within [start, end), and the first of them (null when none): all a
    /// clause asks, counted with no list or iterator per clause.
    /// </summary>
    public (int Count, QuotePair? First) OuterPairsWithin(int start, int end)
    {
        int count = 0;
        QuotePair? first = null;
        for (int k = FirstOuterPairOpeningAtOrAfter(start); k < _outerOpens.Length && _outerOpens[k] < end; k++)
            if (_outerCloses[k] < end)
            {
                first ??= _outerPairs[k];
                count++;
            }
        return (count, first);
    }

    private int FirstOuterPairOpeningAtOrAfter(int offset) => FirstAtOrAfter(_outerOpens, offset);

    // The first of ascending offsets (the outer pairs' opens or closes) at or after an offset (their number when none): a binary search.
    private static int FirstAtOrAfter(int[] ascending, int offset)
    {
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (ascending[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The first reporting cue after a word and before another, outside quotation marks (cues are filled in first).</summary>
    public ReportingCue? NextCueOutsideMarks(int afterWord, int beforeWord)
    {
        for (int w = Math.Max(afterWord + 1, 0); w < beforeWord && w < Words.Length; w++)
            if (CueAt[w] is { InsideMarks: false } cue) return cue;
        return null;
    }

    /// <summary>
    /// Where the cues of one sentence start in <see cref="Cues"/> (cues are in word order, so a binary search finds the
    /// first); they run while their sentence is this one. An index, not an iterator: nothing is allocated per sentence.
    /// </summary>
    public int FirstCueOf(int sentence)
    {
        int lo = 0, hi = Cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Cues[mid].Sentence < sentence) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>A word without a conjunction و or ف in front (normalized).</summary>
    public static string WithoutConjunction(string norm) => HasConjunction(norm) ? norm[1..] : norm;

    /// <summary>Whether a normalized word starts with a conjunction و or ف (and is more than the conjunction and a letter).</summary>
    public static bool HasConjunction(ReadOnlySpan<char> norm) => norm.Length > 2 && Clitics.IsConjunction(norm[0]);

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
        _namesByType ??= new(StringComparer.Ordinal);
        if (!_namesByType.TryGetValue(type, out var names)) _namesByType[type] = names = NamesOf(Mentions, type);
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

    // The name mentions of one type, in order: made for a type when it is first asked about (media, organizations),
    // so the many names of other types are not sorted into lists no one reads.
    private static List<Mention> NamesOf(IReadOnlyList<Mention> mentions, string type)
    {
        var names = new List<Mention>();
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Name && m.Type == type) names.Add(m);
        return names;
    }

    // The person names and the word each starts in (found once, as the mentions are placed on their words).
    private readonly List<(int Word, Mention Name)> _personNames = [];

    /// <summary>Forgets the reporting cues that stand inside a person's name (the surname ويري is not و + يرى).</summary>
    public void DropCuesInsidePersonNames()
    {
        if (Cues.Count == 0) return;
        foreach (var (first, m) in _personNames)
        {
            for (int w = first; w >= 0 && w < Words.Length && Words[w].Start < m.End; w++)
                if (CueAt[w] is { } cue)
                {
                    CueAt[w] = null;
                    Cues.Remove(cue);
                }
        }
    }

    private Speakers.SpeakerAgreements? _agreements; // made at the first pronoun that looks back

    /// <summary>The agreement of each speaker of the document, read once.</summary>
    public Speakers.SpeakerAgreements Agreements => _agreements ??= new();

    /// <summary>The word just after a mention.</summary>
    public int WordAfter(Mention m) => WordFrom(m.End);
}
