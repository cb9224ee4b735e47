using Kit.Corpus;
using Kit.Tokenization;

namespace Kit.Actors;

/// <summary>
/// Finds actor mentions by their names as written, on normalized text: proclitics come off (ولافروف، بموسكو،
/// للولايات), multi-word names win over the names inside them (واشنطن بوست is a newspaper, not the city), and two
/// names glued by a conjunction with no space (موسكووواشنطن) are split. Names are matched as surfaces, never as
/// stems. Every mention's span points into the original text.
/// </summary>
public sealed class MentionFinder(Gazetteer gazetteer)
{
    // Conjunction and preposition clitics that can stand before a name; لل (ل + ال) is handled apart.
    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

    public static MentionFinder Default => DefaultLazy.Value;

    private static readonly Lazy<MentionFinder> DefaultLazy = new(() => new MentionFinder(Gazetteer.Default));

    public Gazetteer Gazetteer { get; } = gazetteer;

    public IReadOnlyList<Mention> Find(Document document) => Find(document.Id, document.AnalysisText);

    public IReadOnlyList<Mention> Find(IEnumerable<Document> documents) => documents.SelectMany(Find).ToList();

    public IReadOnlyList<Mention> Find(string documentId, string text)
    {
        var normalized = Gazetteer.Normalizer.Normalize(text, collectExamples: false);
        string n = normalized.Text;
        var words = new List<(int Start, int End)>();
        int position = 0;
        while (WordBreaker.NextWord(n, ref position, out int s, out int e, out _)) words.Add((s, e));
        var sentenceStarts = SentenceSplitter.Split(text).Select(x => x.Start).ToArray();

        var mentions = new List<Mention>();
        void Emit(AliasEntry entry, int normalizedStart, int normalizedEnd)
        {
            var span = normalized.ToOriginal(normalizedStart, normalizedEnd);
            string surface = text[span.Start..span.End];
            mentions.Add(new Mention(documentId, entry.Actor.Id, entry.Actor.Type, surface, span.Start, span.End, SentenceOf(sentenceStarts, span.Start), entry.Kind));
        }

        // The best alias starting at each word, computed once: the overlap rule looks ahead at the same matches.
        var matches = new Match?[words.Count];
        for (int i = 0; i < words.Count; i++) matches[i] = BestMatch(n, words, i, text, normalized);

        for (int i = 0; i < words.Count; i++)
        {
            if (matches[i] is { } m && !OverlapsLongerMatch(matches, i, m))
            {
                Emit(m.Entry, words[i].Start + m.SpanOffset, words[i + m.Length - 1].End);
                i += m.Length - 1;
                continue;
            }
            foreach (var (entry, start, end) in SplitGluedNames(n, words[i]))
                Emit(entry, start, end);
        }
        return mentions;
    }

    // تنظيم الدولة الإسلامية: a name starting inside this match and reaching further wins (الدولة الإسلامية).
    private static bool OverlapsLongerMatch(Match?[] matches, int i, Match m)
    {
        for (int k = i + 1; k < i + m.Length; k++)
            if (matches[k] is { } later && k + later.Length > i + m.Length)
                return true;
        return false;
    }

    private readonly record struct Match(AliasEntry Entry, int Length, int SpanOffset, int Stripped);

    // The longest alias starting at word i, after taking off proclitics; names beat adjectives unless tanween says otherwise.
    private Match? BestMatch(string n, List<(int Start, int End)> words, int i, string original, Kit.Normalization.NormalizedText normalized)
    {
        string word = n[words[i].Start..words[i].End];
        bool tanween = HasTanween(original, normalized.ToOriginal(words[i].Start, words[i].End));
        Match? best = null;
        foreach (var (form, spanOffset, stripped) in Forms(word))
        {
            if (!Gazetteer.Entries.TryGetValue(form, out var entries)) continue;
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
    private IEnumerable<(AliasEntry Entry, int Start, int End)> SplitGluedNames(string n, (int Start, int End) word)
    {
        string w = n[word.Start..word.End];
        // Each half must be a name, so no longer than the longest one: only cuts near the middle of a short word are tried.
        int longest = Gazetteer.LongestFirstWord;
        for (int k = Math.Max(2, w.Length - 1 - longest); k < Math.Min(w.Length - 2, longest + 1); k++)
        {
            if (w[k] != 'و') continue;
            var left = OneWordName(w[..k]);
            var right = left is null ? null : OneWordName(w[(k + 1)..]);
            if (left is null || right is null) continue;
            yield return (left, word.Start, word.Start + k);
            yield return (right, word.Start + k + 1, word.End);
            yield break;
        }
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
