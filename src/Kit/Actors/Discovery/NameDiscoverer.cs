using System.Collections.Frozen;
using Kit.Corpus;
using Kit.Lexicon;
using Kit.Tokenization;

namespace Kit.Actors.Discovery;

/// <summary>
/// Proposes people from the titles that stand before their names: الرئيس …، وزير الخارجية (الأمريكي) …، المتحدث باسم
/// (البنتاغون) …. A name is the run of words after the title, up to a punctuation mark, a stop word, a
/// conjunction or three words (بن and عبد do not count).
/// Names the gazetteer already knows come back with their actor id; the others are the new people.
/// </summary>
public sealed class NameDiscoverer(MentionFinder finder, TitlePatterns patterns)
{
    private const int MaxNameWords = 3;

    private static readonly string[] ArticleProclitics = [.. Clitics.WithArticle];

    private static readonly string[] TitleProclitics = [.. Clitics.OneLetter];

    public static NameDiscoverer Default => DefaultLazy.Value;

    private static readonly Lazy<NameDiscoverer> DefaultLazy = new(() => new NameDiscoverer(MentionFinder.Default, TitlePatterns.Default));

    private readonly WordList stopwords = Stopwords.Default;

    // What this discoverer decided about each word form: asked many times per word, in every document.
    private readonly WordFacts _facts = new();

    public MentionFinder Finder { get; } = finder;

    public TitlePatterns Patterns { get; } = patterns;

    // The first words of all titles, as written and behind a proclitic (والرئيس): a quick test before matching.
    private readonly HashSet<string> _titleStarts = patterns.Titles.Concat(patterns.TitlesOf).Select(t => t[0])
        .SelectMany(w => TitleProclitics.Select(p => p + w).Prepend(w)).ToHashSet(StringComparer.Ordinal);

    // For each of those words, the titles of each list whose first word it is (MatchTitle's test of the first word), in
    // the lists' order: a title start is matched against these few, not against every title.
    private readonly FrozenDictionary<string, (string[][] Titles, string[][] TitlesOf)> _titlesByStart = TitlesByStart(patterns);

    public IReadOnlyList<NameCandidate> Find(IEnumerable<Document> documents) => documents.SelectMany(Find).ToList();

    public IReadOnlyList<NameCandidate> Find(Document document) => Find(document.Id, document.AnalysisText);

    public IReadOnlyList<NameCandidate> Find(string documentId, string text) => Find(documentId, text, Finder.FindInGazetteer(documentId, text));

    /// <summary>The same, with the document's gazetteer mentions already found (names it knows end a candidate there).</summary>
    internal IReadOnlyList<NameCandidate> Find(string documentId, string text, IReadOnlyList<Mention> mentions) =>
        Find(documentId, text, mentions, Finder.Gazetteer.Normalizer.Normalize(text, collectExamples: false), null, null);

    /// <summary>The same, on the text already normalized and cut into words by the mention finder (not done twice).</summary>
    internal IReadOnlyList<NameCandidate> Find(string documentId, string text, IReadOnlyList<Mention> mentions, Kit.Normalization.NormalizedText normalized,
        IReadOnlyList<(int Start, int End)>? wordSpans, string[]? wordTexts, IReadOnlyList<Sentence>? documentSentences = null, bool[]? wordJoins = null,
        IReadOnlyList<Layers.WordSpan>? forms = null)
    {
        string n = normalized.Text;
        var words = wordSpans ?? WordsOf(n);
        var wordText = wordTexts ?? new string[words.Count]; // each word once: the title patterns look at every word many times
        if (wordTexts is null)
            for (int x = 0; x < words.Count; x++) wordText[x] = n[words[x].Start..words[x].End];
        string Word(int i) => wordText[i];
        // Two words belong to one phrase only when nothing but spaces stands between them.
        var joined = wordJoins ?? WordJoins.Of(n, words); // asked many times per word: read once (the people finder's, when it calls)
        bool Joined(int i) => i > 0 && joined[i];
        // The article is read from the original: normalizing أ to ا would make ألكسندر look definite.
        bool Definite(int i) => text.AsSpan(normalized.ToOriginal(words[i].Start, words[i].End).Start).StartsWith("ال", StringComparison.Ordinal);

        // The known people and where places and organizations start (a name stops there), read at the first title: most
        // documents' words start none.
        List<Mention>? people = null;
        HashSet<int>? nonPeople = null;
        var sentences = documentSentences; // the evidence sentences, cut only when a name is found (if not given)
        int[]? sentenceStarts = null;
        var found = new List<NameCandidate>();
        ReadOnlySpan<Layers.WordSpan> ids = Layers.TextLayers.SpanOf(forms); // every word's id is read: by span, not by an interface call each
        int count = words.Count;
        for (int i = 0; i < count; i++)
        {
            if (!IsTitleStart(forms is null ? -1 : ids[i].Form, wordText[i])) continue; // most words start no title
            // بولد الطالب، بن الشيخ: a title word right after a name link is the rest of a name, not a title.
            if (i > 0 && Joined(i) && IsLink(Word(i - 1))) continue;
            var (titles, titlesOf) = _titlesByStart.TryGetValue(wordText[i], out var starting) ? starting : (Patterns.Titles, Patterns.TitlesOf);
            int k = MatchTitle(words.Count, Word, Joined, i, titles);
            bool ofOrganization = false;
            if (k < 0) { k = MatchTitle(words.Count, Word, Joined, i, titlesOf); ofOrganization = k >= 0; }
            if (k < 0) continue;
            int titleEnd = k;

            if (ofOrganization)
            {
                // The organization: one word, then the definite words that qualify it (وزارة الخارجية الأمريكية).
                if (k >= words.Count || !Joined(k) || IsStop(Word(k))) continue;
                k++;
                while (k < words.Count && Joined(k) && Definite(k) && !IsStop(Word(k))) k++;
            }
            else
            {
                // A nationality adjective may stand between title and name (الأمريكي، الروسية).
                while (k < words.Count && Joined(k) && Definite(k) && IsAdjective(Word(k))) k++;
            }
            // A complement of the title with لل and its definite words (وكيل الأمين العام للشؤون الإنسانية).
            if (k < words.Count && Joined(k) && Word(k).StartsWith("لل", StringComparison.Ordinal))
            {
                k++;
                while (k < words.Count && Joined(k) && Definite(k)) k++;
            }
            while (k < words.Count && Joined(k) && Patterns.Honorifics.Contains(Word(k))) k++;

            int first = k;
            if (first >= words.Count || !Joined(first)) continue;
            var firstSpan = normalized.ToOriginal(words[first].Start, words[first].End);
            people ??= mentions.Where(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name).ToList();
            // A name the gazetteer knows ends where its mention ends (جوش ايرنست، not جوش ايرنست روسيا).
            int knownIndex = MentionAt(people, firstSpan.Start);
            var known = knownIndex >= 0 ? people[knownIndex] : null;
            int knownEnd = known?.End ?? -1;
            // The gazetteer may match first name and surname apart (جون | كيري): one name when only spaces part them.
            for (int next = knownIndex + 1; known is not null && next < people.Count && people[next].Actor == known.Actor
                 && text.AsSpan(knownEnd, Math.Max(0, people[next].Start - knownEnd)).IsWhiteSpace(); next++)
                knownEnd = people[next].End;
            int nameWords = 0;
            // عبد الأمير، عبد الملك: after عبد, a title word is part of the name.
            while (k < words.Count && nameWords < MaxNameWords && Joined(k)
                   && (IsNameWord(Word(k), k == first, Definite(k)) || k > first && Word(k - 1) == "عبد" && Definite(k) && !IsStop(Word(k))))
            {
                var at = normalized.ToOriginal(words[k].Start, words[k].End);
                // (the places' and organizations' starts are gathered at the first word that asks: most titles have a known name or none)
                if (known is not null ? at.Start >= knownEnd : (nonPeople ??= mentions.Where(m => m.Type != ActorType.Person).Select(m => m.Start).ToHashSet()).Contains(at.Start)) break;
                if (!Patterns.NameLinks.Contains(Word(k))) nameWords++;
                k++;
            }
            // A third word is kept only when the name clearly ends after it (نور سلطان نازاربايف في), not mid-phrase (جون ماكين إدارة أوباما).
            // A preposition with the article (للصحفيين، بالقاهرة) ends it clearly too.
            if (known is null && nameWords == MaxNameWords && k < words.Count && Joined(k) && !IsStop(Word(k))
                && !StartsWithAny(Word(k), ArticleProclitics))
                k--;
            while (k > first && Patterns.NameLinks.Contains(Word(k - 1))) k--; // a name does not end in بن or عبد
            if (k == first || known is null && LooksLikeVerb(Word(first), k - first)) continue;

            var span = normalized.ToOriginal(words[first].Start, words[k - 1].End);
            var title = normalized.ToOriginal(words[i].Start, words[titleEnd - 1].End);
            sentences ??= SentenceSplitter.Split(text);
            sentenceStarts ??= sentences.Select(x => x.Start).ToArray();
            int sentenceIndex = Array.BinarySearch(sentenceStarts, span.Start);
            var sentence = sentences.Count == 0 ? null : sentences[sentenceIndex >= 0 ? sentenceIndex : Math.Max(0, ~sentenceIndex - 1)];
            found.Add(new NameCandidate(documentId, text[span.Start..span.End], text[title.Start..title.End], span.Start, span.End,
                sentence?.Text ?? "", known?.Actor));
            i = k - 1;
        }
        return found;
    }

    /// <summary>The candidates grouped by name (normalized), most frequent first.</summary>
    public IReadOnlyList<DiscoveredName> Discover(IEnumerable<Document> documents, bool onlyNew = false) =>
        Find(documents)
            .Where(c => !onlyNew || c.IsNew)
            .GroupBy(c => Finder.Gazetteer.Normalizer.Apply(c.Name))
            .Select(g => new DiscoveredName(g.First().Name, g.Select(c => c.Title).Distinct().ToList(), g.ToList(), g.First().KnownActor))
            .OrderByDescending(d => d.Count).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();

    private static List<(int Start, int End)> WordsOf(string n)
    {
        var words = new List<(int Start, int End)>();
        int position = 0;
        while (WordBreaker.NextWord(n, ref position, out int s, out int e, out _)) words.Add((s, e));
        return words;
    }

    // The mention (sorted by start) whose span holds an offset, or -1.
    private static int MentionAt(IReadOnlyList<Mention> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid].End <= offset) lo = mid + 1;
            else if (sorted[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    private static int MatchTitle(int count, Func<int, string> word, Func<int, bool> joined, int i, IReadOnlyList<string[]> titles)
    {
        foreach (var title in titles)
        {
            if (i + title.Length > count) continue;
            bool match = true;
            for (int j = 0; j < title.Length && match; j++)
            {
                string w = word(i + j);
                match = (j == 0 || joined(i + j)) && (w == title[j] || j == 0 && StartsTitle(w, title));
            }
            if (match) return i + title.Length;
        }
        return -1;
    }

    // والرئيس: the title's first word behind a one-letter proclitic.
    private static bool StartsTitle(string w, string[] title) =>
        w.Length == title[0].Length + 1 && Clitics.IsOneLetter(w[0]) && w.AsSpan(1).SequenceEqual(title[0]);

    private static FrozenDictionary<string, (string[][] Titles, string[][] TitlesOf)> TitlesByStart(TitlePatterns patterns)
    {
        string[][] Starting(string w, IReadOnlyList<string[]> titles) => [.. titles.Where(t => w == t[0] || StartsTitle(w, t))];
        return patterns.Titles.Concat(patterns.TitlesOf).Select(t => t[0])
            .SelectMany(w => TitleProclitics.Select(p => p + w).Prepend(w)).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(w => w, w => (Starting(w, patterns.Titles), Starting(w, patterns.TitlesOf)), StringComparer.Ordinal);
    }

    // بن، ولد، بولد، وابن: a name link, as written or behind a one-letter proclitic.
    private bool IsLink(string word) =>
        Patterns.NameLinks.Contains(word) || word.Length is > 2 and <= 5 && Clitics.IsOneLetter(word[0]) && Patterns.NameLinks.Contains(word[1..]);

    // Asked of every word: kept by the form's vocabulary id where the layers give one (FormMemo), else by the form (WordFacts).
    private bool IsTitleStart(int id, string word) =>
        _titleStartById.TryGet(id, word, out bool byId) ? byId
            : _titleStartById.Remember(id, word, _facts.TryGet(word, WordFacts.TitleStart, out bool known) ? known : _facts.Remember(word, WordFacts.TitleStart, _titleStarts.Contains(word)));

    private readonly FormFlags _titleStartById = new();

    private bool IsStop(string word) =>
        _facts.TryGet(word, WordFacts.TitleStop, out bool known) ? known // asked many times per word: decided once per form (WordFacts)
            : _facts.Remember(word, WordFacts.TitleStop, Patterns.NameStops.Contains(word) || stopwords.Contains(word));

    // Normalized nationality adjectives end in ي or يه (ة is merged into ه): الأمريكي، الروسية.
    private static bool IsAdjective(string word) =>
        word.Length > 4 && (word.EndsWith('ي') || word.EndsWith("يه", StringComparison.Ordinal));

    private bool IsNameWord(string word, bool first, bool definite)
    {
        // All but the article's rule depends on the word alone: decided once per form (WordFacts).
        int fact = WordFacts.TitleNameWord + (first ? 1 : 0);
        if (!(_facts.TryGet(word, fact, out bool known) ? known : _facts.Remember(word, fact, IsNameWordAsSuch(word, first)))) return false;
        // The first word of a name does not carry the article (الرئيس الأمريكي يأمل …); later ones may (بشار الأسد).
        return !first || !definite;
    }

    // A loop, not a lambda: a lambda reading a loop's variable costs an object every pass of the loop, asked or not.
    private static bool StartsWithAny(string word, string[] prefixes)
    {
        foreach (var p in prefixes)
            if (word.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsNameWordAsSuch(string word, bool first)
    {
        if (IsStop(word) || word.Any(char.IsDigit)) return false;
        // A conjunction or a preposition with the article ends the name: ونظيره، بالتعاون، للرئيس.
        if (!first && (word.StartsWith('و') || StartsWithAny(word, ArticleProclitics))) return false;
        if (word.Length > 2 && word[0] is 'و' or 'ف' or 'ب' && stopwords.Contains(word.AsSpan(1))) return false; // بأنها، وقد
        if (Patterns.Titles.Any(t => t[0] == word)) return false;
        return true;
    }

    // A lone word with an imperfect-verb prefix after a title is almost always the verb (الرئيس الأمريكي يعتقد), not a name.
    private static bool LooksLikeVerb(string word, int nameWords) =>
        nameWords == 1 && word.Length >= 4 && word[0] is 'ي' or 'ت';
}
