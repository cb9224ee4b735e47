using Kit.Caching;
using Kit.Corpus;
using Kit.Lexicon;
using Kit.Tokenization;

namespace Kit.Actors;

/// <summary>
/// Finds actor mentions by their names as written, on normalized text: proclitics come off (ولافروف، بموسكو،
/// للولايات), multi-word names win over the names inside them (واشنطن بوست is a newspaper, not the city), and two
/// names glued by a conjunction with no space (موسكووواشنطن) are split. Names are matched as surfaces, never as
/// stems. Every mention's span points into the original text. With discoverPeople (the default) the people the
/// gazetteer does not know come too, each with its evidence (<see cref="Discovery.PeopleFinder"/>, Origin "discovered");
/// people: the finder of those (its name lexicon, reporting verbs and speaker titles), null for the bundled one.
/// </summary>
public sealed class MentionFinder(Gazetteer gazetteer, bool discoverPeople = true, Discovery.PeopleFinder? people = null)
{
    // Conjunction and preposition clitics that can stand before a name; لل (ل + ال) is handled apart.
    private static readonly string[] Proclitics = [.. Clitics.BeforeName];

    public static MentionFinder Default => DefaultLazy.Value;

    private static readonly Lazy<MentionFinder> DefaultLazy = new(() => new MentionFinder(Gazetteer.Default));

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Whether people the gazetteer does not know are discovered and reported too.</summary>
    public bool DiscoversPeople { get; } = discoverPeople;

    /// <summary>What finds the people the gazetteer does not know: its name lexicon and reporting verbs.</summary>
    public Discovery.PeopleFinder People { get; } = people ?? Discovery.PeopleFinder.Default;

    /// <summary>The same gazetteer and people finder, with or without discovered people.</summary>
    public MentionFinder WithDiscovery(bool on) => on == DiscoversPeople ? this : new MentionFinder(Gazetteer, on, People);

    private Discovery.NameDiscoverer? _titles;

    private Discovery.NameDiscoverer Titles => _titles ??= new Discovery.NameDiscoverer(this, People.Patterns);

    // First words of aliases, and those that start with the article without it (for لل): most words are no name,
    // and these lists tell so without allocating.
    private readonly WordList _firstWords = new(gazetteer.Entries.Keys);
    private readonly WordList _firstWordsAfterArticle = new(gazetteer.Entries.Keys.Where(k => k.StartsWith("ال", StringComparison.Ordinal)).Select(k => k[2..]));

    // The last two letters of those first words. Taking proclitics off leaves a word's ending alone, so a word that
    // ends otherwise starts no name (nor hides a glued one): most words are set aside by this one look-up.
    private readonly NameEndings _endings = new(gazetteer.Entries.Keys);

    public IReadOnlyList<Mention> Find(Document document) => Find(document.Id, document.AnalysisText);

    public IReadOnlyList<Mention> Find(IEnumerable<Document> documents) => documents.SelectMany(Find).ToList();

    public IReadOnlyList<Mention> Find(string documentId, string text) => Find(documentId, text, DiscoversPeople);

    /// <summary>The gazetteer's mentions only (what discovery builds on).</summary>
    public IReadOnlyList<Mention> FindInGazetteer(string documentId, string text) => Find(documentId, text, false);

    private IReadOnlyList<Mention> Find(string documentId, string text, bool discover)
    {
        var normalized = Gazetteer.Normalizer.Normalize(text, collectExamples: false);
        var words = new List<(int Start, int End)>();
        int position = 0;
        while (WordBreaker.NextWord(normalized.Text, ref position, out int s, out int e, out _)) words.Add((s, e));
        var sentenceStarts = SentenceSplitter.Spans(text).Select(x => x.Start).ToArray();
        return Find(documentId, text, normalized, new ArraySegment<(int Start, int End)>([.. words]), null, sentenceStarts, null, discover);
    }

    /// <summary>
    /// The mentions of a document whose layers are made (its words, sentences and normalized text, not made again);
    /// a gazetteer normalized otherwise than the layers' views finds them on its own.
    /// </summary>
    internal IReadOnlyList<Mention> Find(Layers.TextLayers layers)
    {
        if (layers.View(Gazetteer.Normalizer) is not { } normalized) return Find(layers.Document);
        // The words' spans in a pooled array: discovery wants such a list, and it is given back when the mentions are found.
        var spans = System.Buffers.ArrayPool<(int Start, int End)>.Shared.Rent(layers.Words.Count);
        try
        {
            var layerWords = layers.WordSpans;
            for (int i = 0; i < layerWords.Length; i++) spans[i] = (layerWords[i].NormStart, layerWords[i].NormEnd);
            var words = new ArraySegment<(int Start, int End)>(spans, 0, layers.Words.Count);
            // Any view of the layers is a character map of their kit text, so a kit form's id names one form of the view too.
            return Find(layers.Document.Id, layers.Text, normalized, words, layers.Words, layers.SentenceStarts, layers.Sentences, DiscoversPeople);
        }
        finally
        {
            System.Buffers.ArrayPool<(int Start, int End)>.Shared.Return(spans);
        }
    }

    // spans: the layers' words, whose form ids let each word's alias forms be looked up by id (null: by the word itself).
    private IReadOnlyList<Mention> Find(string documentId, string text, Kit.Normalization.NormalizedText normalized, ArraySegment<(int Start, int End)> words,
        IReadOnlyList<Layers.WordSpan>? spans, int[] sentenceStarts, IReadOnlyList<Sentence>? sentences, bool discover)
    {
        string n = normalized.Text;
        var mentions = new List<Mention>(words.Count / 8 + 4); // news names about one word in ten: sized once, not grown
        void Emit(AliasEntry entry, int normalizedStart, int normalizedEnd)
        {
            var span = normalized.ToOriginal(normalizedStart, normalizedEnd);
            string surface = text[span.Start..span.End];
            mentions.Add(new Mention(documentId, entry.Actor.Id, entry.Actor.Type, surface, span.Start, span.End, SentenceOf(sentenceStarts, span.Start), entry.Kind));
        }

        // The best alias starting at each word, computed once: the overlap rule looks ahead at the same matches.
        var matches = System.Buffers.ArrayPool<Match?>.Shared.Rent(words.Count); // every slot below words.Count is set next
        var known = _aliasForms.Value!; // this thread's memory of words, fetched once a document
        var byForm = spans is null ? null : FormsById();
        HashSet<string>? namedInFull = null; // persons an alias of two words or more names in this document
        List<int>? loneAliases = null; // mentions by a one-word alias that is also an ordinary word
        ReadOnlySpan<Layers.WordSpan> ids = Layers.TextLayers.SpanOf(spans); // the layers' ids by span, not by an interface call a word
        for (int i = 0; i < words.Count; i++)
        {
            var (start, end) = words[i];
            var aliasForms = AliasFormsOf(n.AsSpan(start, end - start), known, byForm, spans is null ? -1 : ids[i].Form);
            matches[i] = aliasForms.Length == 0 ? null : BestMatch(n, words, i, text, normalized, aliasForms); // most words start no alias
        }

        for (int i = 0; i < words.Count; i++)
        {
            if (matches[i] is { } m && !OverlapsLongerMatch(matches, i, m))
            {
                // وقال المعلم سامر …، وقال المعلم المتقاعد: a one-word alias that is also a title word, before a given name or a
                // definite adjective, is the title or the common noun, no actor (kinds of round people5 and blind40).
                if (discover && AliasIsTitleWord(n, words, i, m)) continue;
                // وقالت ماريا إريكسن: an actor's first name before a surname no list knows is someone else's name.
                if (FirstNameOfSomeoneElse(n, words, i, m)) continue;
                if (discover && m.Entry.Actor.Type == ActorType.Person && m.Entry.Kind == MentionKind.Name)
                {
                    // جزر كوك، مدينة …: a one-word alias right after the head of a place is the rest of the place's name.
                    if (m.Length == 1 && AfterPlaceHead(n, words, i)) continue;
                    if (m.Length > 1) (namedInFull ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Entry.Actor.Id);
                    else if (LoneTitleAlias(n, words, i, m)) (loneAliases ??= []).Add(mentions.Count);
                }
                Emit(m.Entry, words[i].Start + m.SpanOffset, words[i + m.Length - 1].End);
                i += m.Length - 1;
                continue;
            }
            if (SplitGluedNames(n, words[i], spans is null ? -1 : ids[i].Form) is var (left, leftEnd, right, rightStart))
            {
                Emit(left, words[i].Start, leftEnd);
                Emit(right, rightStart, words[i].End);
            }
        }
        System.Buffers.ArrayPool<Match?>.Shared.Return(matches);
        if (!discover) return mentions;
        // وقال المعلم عوض …: a one-word alias that is also a title word is the gazetteer's person only in a document that
        // names the person more fully (وليد المعلم … وأضاف المعلم); alone it is the title, and discovery reads the name
        // after it (kind of blind42, blind44).
        if (loneAliases is not null)
            for (int x = loneAliases.Count - 1; x >= 0; x--)
                if (namedInFull is null || !namedInFull.Contains(mentions[loneAliases[x]].Actor)) mentions.RemoveAt(loneAliases[x]);
        var insidePlaceNames = new HashSet<int>();
        var people = People.Find(documentId, text, normalized, words, sentenceStarts, mentions, Titles, sentences, insidePlaceNames, spans);
        // كأس عيسى بن سلمان: a known person inside a prize's or a place's name is no mention of the person.
        if (insidePlaceNames.Count > 0) mentions.RemoveAll(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name && insidePlaceNames.Contains(m.Start));
        if (people.Count == 0) return mentions;
        // An adjective that turned out to be a given name (العقيد تركي المالكي) is no mention of a country.
        var peopleStarts = people.Select(p => p.Start).ToArray(); // sorted: people come in text order
        mentions.RemoveAll(m =>
        {
            // and a one-word organization that turned out to start a person's name (قالت أمل الشناوي); a known surname after
            // another given name is the end of someone else's name (فوزية العبادي).
            bool person = m.Type == ActorType.Person && m.Kind == MentionKind.Name;
            if (m.Kind != MentionKind.Adjective && !person && m.Kind != MentionKind.Name) return false;
            if (m.Type == ActorType.Person && !person) return false;
            int at = Array.BinarySearch(peopleStarts, m.Start);
            int index = at >= 0 ? at : ~at - 1;
            return index >= 0 && people[index].Start <= m.Start && m.Start < people[index].End && (!person || people[index].Start < m.Start && m.End <= people[index].End);
        });
        mentions.AddRange(people);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // A one-word person alias (المعلم) that the titles list knows as a title word, with the next word right after one space:
    // the title when a given name follows (a speaker's title only), the common noun when a definite adjective follows.
    private bool AliasIsTitleWord(string n, ArraySegment<(int Start, int End)> words, int i, Match m)
    {
        if (m.Length != 1 || m.SpanOffset != 0 || m.Entry.Actor.Type != ActorType.Person || m.Entry.Kind != MentionKind.Name || i + 1 >= words.Count) return false;
        string word = n[words[i].Start..words[i].End];
        if (!People.SpeakerTitles.Titles.TryGetValue(word, out var hint) || words[i + 1].Start != words[i].End + 1) return false;
        string next = n[words[i + 1].Start..words[i + 1].End];
        return hint is null or SpeakerTitles.HintSpeaker && BeforeGivenName(n, words, i, next)
            || word.StartsWith("ال", StringComparison.Ordinal) && DefiniteAdjective(next, m);
    }

    // المعلم: a one-word alias (behind its proclitics) that the speaker titles know as a title.
    private bool LoneTitleAlias(string n, ArraySegment<(int Start, int End)> words, int i, Match m) =>
        m.Length == 1 && People.SpeakerTitles.Titles.ContainsKey(n[(words[i].Start + m.SpanOffset)..words[i].End]);

    // جزر كوك، جزيرة …: the word before, one space away, heads the name of a place or an institution.
    private bool AfterPlaceHead(string n, ArraySegment<(int Start, int End)> words, int i)
    {
        if (i == 0 || words[i].Start != words[i - 1].End + 1) return false;
        string before = n[words[i - 1].Start..words[i - 1].End];
        return People.Lexicon.InstitutionHeads.Contains(before) || People.Lexicon.PlaceHeads.Contains(before);
    }

    // وقال المعلم سامر …: a given name follows; وقال المعلم المتقاعد سامر …: one definite adjective may stand between (kind of blind27).
    private bool BeforeGivenName(string n, ArraySegment<(int Start, int End)> words, int i, string next)
    {
        if (next.Length > 3 && next.StartsWith("ال", StringComparison.Ordinal) && !People.Lexicon.IsGivenName(next) && i + 2 < words.Count
            && words[i + 2].Start == words[i + 1].End + 1)
            next = n[words[i + 2].Start..words[i + 2].End];
        // a given name that is also a word (سامر، سعيد) counts too: the discoverer still decides whether a name follows
        return People.Lexicon.IsGivenName(next) || People.Lexicon.WordNames.Contains(next);
    }

    // المعلم المتقاعد، المعلم القديم: a definite ordinary word that is no given name and none of the actor's names agrees
    // with the noun as its adjective.
    private bool DefiniteAdjective(string next, Match m) =>
        next.Length > 4 && next.StartsWith("ال", StringComparison.Ordinal) && !People.Lexicon.IsGivenName(next) && !People.Lexicon.IsGivenName(next[2..])
        && People.Lexicon.IsOrdinaryWord(next) && !Gazetteer.NamesOf(m.Entry.Actor).Contains(next);

    // A first name of the gazetteer's (ماريا for Maria Zakharova) right before a word that is no ordinary word, no name link
    // and none of the actor's own names: the name of another person (ماريا إريكسن), left to discovery.
    private bool FirstNameOfSomeoneElse(string n, ArraySegment<(int Start, int End)> words, int i, Match m)
    {
        if (!m.Entry.FirstName || m.Length != 1 || i + 1 >= words.Count || words[i + 1].Start != words[i].End + 1) return false;
        string next = n[words[i + 1].Start..words[i + 1].End];
        if (next.Length < 3 || People.Lexicon.IsOrdinaryWord(next) || People.Patterns.NameLinks.Contains(next)) return false;
        return !Gazetteer.NamesOf(m.Entry.Actor).Contains(next);
    }

    // تنظيم الدولة الإسلامية: a name starting inside this match and reaching further wins (الدولة الإسلامية).
    private static bool OverlapsLongerMatch(Match?[] matches, int i, Match m)
    {
        for (int k = i + 1; k < i + m.Length; k++)
            if (matches[k] is { } later && k + later.Length > i + m.Length)
                return true;
        return false;
    }

    // A set of two-letter endings as a 65,536-bit table.
    private sealed class NameEndings
    {
        private readonly ulong[] _bits = new ulong[1024];

        public NameEndings(IEnumerable<string> words)
        {
            foreach (var w in words)
                if (w.Length >= 2)
                {
                    int bit = Bit(w);
                    _bits[bit >> 6] |= 1UL << (bit & 63);
                }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length < 2) return false;
            int bit = Bit(word);
            return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static int Bit(ReadOnlySpan<char> w) => ((w[^2] * 31) ^ w[^1]) & 0xFFFF;
    }

    private readonly record struct Match(AliasEntry Entry, int Length, int SpanOffset, int Stripped);

    // The longest alias starting at word i, after taking off proclitics; names beat adjectives unless tanween says otherwise.
    private static Match? BestMatch(string n, ArraySegment<(int Start, int End)> words, int i, string original, Kit.Normalization.NormalizedText normalized,
        (List<AliasEntry> Entries, int SpanOffset, int Stripped)[] forms)
    {
        if (forms.Length == 0) return null;
        bool tanween = HasTanween(original, normalized.ToOriginal(words[i].Start, words[i].End));
        Match? best = null;
        for (int f = 0; f < forms.Length; f++)
        {
            var (entries, spanOffset, stripped) = forms[f];
            foreach (var entry in entries)
            {
                int length = entry.Words.Length;
                if (i + length > words.Count) continue;
                bool all = true;
                for (int k = 1; k < length && all; k++)
                    all = n.AsSpan(words[i + k].Start, words[i + k].End - words[i + k].Start).SequenceEqual(entry.Words[k])
                        && IsBlank(n.AsSpan(words[i + k - 1].End, words[i + k].Start - words[i + k - 1].End)); // a name never spans punctuation
                if (!all) continue;
                var candidate = new Match(entry, length, spanOffset, stripped);
                if (best is null || Better(candidate, best.Value, tanween))
                    best = candidate;
            }
        }
        return best;
    }

    private static bool Better(Match a, Match b, bool tanween)
    {
        if (a.Length != b.Length) return a.Length > b.Length;
        if (a.Stripped != b.Stripped) return a.Stripped < b.Stripped;
        if (a.Entry.Kind != b.Entry.Kind) return tanween ? a.Entry.Kind == MentionKind.Adjective : a.Entry.Kind == MentionKind.Name;
        return false;
    }

    // The forms of a word that start aliases, with their entries, in the order Forms gives them; remembered per word
    // and thread, since the same words come back all through a corpus; by form id too (byForm, shared: threads that
    // race to fill a slot write equal values).
    private (List<AliasEntry> Entries, int SpanOffset, int Stripped)[] AliasFormsOf(ReadOnlySpan<char> word, WordCache<AliasForms> cache,
        AliasForms?[]? byForm, int form)
    {
        if (!_endings.Contains(word)) return AliasForms.None.Forms;
        if (byForm is not null && form >= 0 && byForm[form] is { } remembered) return remembered.Forms;
        if (!cache.TryGet(word, 0, out var known))
        {
            known = AliasFormsOf(word.ToString());
            cache.Add(known.Word, 0, known);
        }
        if (byForm is not null && form >= 0) byForm[form] = known;
        return known.Forms;
    }

    private AliasForms AliasFormsOf(string word)
    {
        var forms = new List<(List<AliasEntry>, int, int)>();
        if (CouldStartName(word))
            foreach (var (form, spanOffset, stripped) in Forms(word))
                if (Gazetteer.Entries.TryGetValue(form, out var entries)) forms.Add((entries, spanOffset, stripped));
        return new AliasForms(word, forms.Count == 0 ? AliasForms.None.Forms : [.. forms]);
    }

    private readonly ThreadLocal<WordCache<AliasForms>> _aliasForms = new(() => new WordCache<AliasForms>());

    // Made on first use (2 MB): finders that never see layers do without.
    private AliasForms?[]? _byForm;

    private AliasForms?[] FormsById() => LazyInitializer.EnsureInitialized(ref _byForm, () => new AliasForms?[Vocabulary.MaxForms]);

    // An array, not a list interface: read for every word, its calls are direct.
    private sealed record AliasForms(string Word, (List<AliasEntry> Entries, int SpanOffset, int Stripped)[] Forms)
    {
        public static AliasForms None { get; } = new("", []);
    }

    // Whether any form of the word (see Forms) is the first word of an alias.
    private bool CouldStartName(ReadOnlySpan<char> word)
    {
        if (!_endings.Contains(word)) return false;
        foreach (var p in Proclitics)
        {
            if (word.Length - p.Length < 2 || (p.Length > 0 && word[0] != p[0]) || !word.StartsWith(p, StringComparison.Ordinal)) continue;
            if (_firstWords.Contains(word[p.Length..])) return true;
            if (p.EndsWith('ل') && word.Length > p.Length + 2 && word[p.Length] == 'ل' && _firstWordsAfterArticle.Contains(word[(p.Length + 1)..]))
                return true;
        }
        return word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 3 && _firstWordsAfterArticle.Contains(word[2..]);
    }

    // A word with its possible proclitics taken off: (form to look up, where the span starts, letters stripped).
    private static IEnumerable<(string Form, int SpanOffset, int Stripped)> Forms(string word)
    {
        foreach (var p in Proclitics)
        {
            if (word.Length - p.Length < 2 || !word.StartsWith(p, StringComparison.Ordinal)) continue;
            yield return (word[p.Length..], p.Length, p.Length);
            // ل + ال is written لل: restore the article; the span starts after the first ل.
            if (p.EndsWith('ل') && word.Length > p.Length + 2 && word[p.Length] == 'ل')
                yield return ("ال" + word[(p.Length + 1)..], p.Length, p.Length + 1);
        }
        if (word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 3)
            yield return ("ال" + word[2..], 1, 1);
    }

    // موسكووواشنطن: name + و + name with no space; both halves must be one-word names.
    private (AliasEntry Left, int LeftEnd, AliasEntry Right, int RightStart)? SplitGluedNames(string n, (int Start, int End) word, int form)
    {
        var byForm = form >= 0 ? LazyInitializer.EnsureInitialized(ref _gluedByForm, () => new byte[Vocabulary.MaxForms]) : null;
        if (byForm is not null && byForm[form] == NotGlued) return null;
        var split = SplitGluedNames(n, word);
        if (byForm is not null && split is null) byForm[form] = NotGlued;
        return split;
    }

    // The forms that are no two glued names, by vocabulary id (0: not known to be none): asked of nearly every word, and the
    // answer depends on the form alone (threads that race to fill a slot write the same value). The few glued ones are
    // split again when met.
    private byte[]? _gluedByForm;
    private const byte NotGlued = 1;

    private (AliasEntry Left, int LeftEnd, AliasEntry Right, int RightStart)? SplitGluedNames(string n, (int Start, int End) word)
    {
        var w = n.AsSpan(word.Start, word.End - word.Start);
        if (!_endings.Contains(w)) return null;
        // Each half must be a name, so no longer than the longest one: only cuts near the middle of a short word are tried.
        int longest = Gazetteer.LongestFirstWord;
        int end = Math.Min(w.Length - 2, longest + 1);
        for (int k = Math.Max(2, w.Length - 1 - longest); k < end; k++)
        {
            // Straight to the next و in range: most words have none there.
            int next = w[k..end].IndexOf('و');
            if (next < 0) break;
            k += next;
            if (!_firstWords.Contains(w[..k]) || !_firstWords.Contains(w[(k + 1)..])) continue;
            var left = OneWordName(w[..k].ToString());
            var right = left is null ? null : OneWordName(w[(k + 1)..].ToString());
            if (left is null || right is null) continue;
            return (left, word.Start + k, right, word.Start + k + 1);
        }
        return null;
    }

    private AliasEntry? OneWordName(string form) =>
        Gazetteer.Entries.TryGetValue(form, out var entries) ? entries.FirstOrDefault(e => e.Words.Length == 1 && e.Kind == MentionKind.Name) : null;

    // Tanween marks an adjective used adverbially (سورياً, روسياً); it follows the word's last letter.
    private static bool HasTanween(string original, Kit.Text.TextSpan span)
    {
        for (int i = span.Start; i < original.Length && (i < span.End || Kit.Normalization.ArabicChars.IsDiacritic(original[i])); i++)
            if (original[i] is '\u064B' or '\u064C' or '\u064D') return true;
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    private static int SentenceOf(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
