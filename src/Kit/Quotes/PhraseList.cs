using Kit.Lexicon;
using Kit.Normalization;

namespace Kit.Quotes;

/// <summary>
/// Words and short phrases (في حين، على أن) in normalized form, matched against a run of normalized words.
/// The longest phrase wins. The first word may carry a proclitic و or ف when asked (ولكن، وكما).
/// </summary>
internal sealed class PhraseList
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    // The shapes of the phrases' first words: the lists are asked about nearly every word of a sentence.
    private readonly WordShapes _firstShapes = new();

    public PhraseList(IEnumerable<string> phrases, ArabicNormalizer normalizer)
    {
        foreach (var phrase in phrases)
        {
            var words = normalizer.Apply(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
            _firstShapes.Add(words[0]);
            list.Add(words);
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
            _longest = Math.Max(_longest, words.Length);
            Phrases.Add(string.Join(' ', words));
        }
    }

    public List<string> Phrases { get; } = [];

    // The words of the longest phrase: no phrase ending at a word starts further back (most lists hold one or two words).
    private int _longest;

    // The cues this list belongs to and its bit in WordForm.PhraseStarts: a document's words were decided against those cues
    // once per form, so a word that starts no phrase of the list is ruled out by one bit test (QuoteCues sets both).
    private QuoteCues? _owner;
    private uint _bit;
    private int _index;

    internal void BelongTo(QuoteCues owner, int index)
    {
        _owner = owner;
        _bit = 1u << index;
        _index = index;
    }

    /// <summary>
    /// Whether a phrase of this list may start anywhere in a document (false: <see cref="MatchAt(QuoteText, int, bool)"/>
    /// is 0 at every word, with a proclitic allowed or not): one bit test for a list most documents never write.
    /// </summary>
    internal bool MayOccurIn(QuoteText t) => !ReferenceEquals(t.FormCues, _owner) || (t.PhraseStartsPresent & _bit) != 0;

    // The phrases of a first word are sorted longest first: a one-word phrase, if any, is the last.
    public bool Contains(string word) => _byFirst.TryGetValue(word, out var list) && list[^1].Length == 1;

    /// <summary>Whether a phrase starts with this word.</summary>
    public bool StartsWith(string word) => PhrasesStartingWith(word) is not null;

    /// <summary>The phrases starting with this word, longest first, or null (WordForms asks it once per form).</summary>
    internal List<string[]>? PhrasesStartingWith(string word) => MayStartPhrase(word) && _byFirst.TryGetValue(word, out var list) ? list : null;

    /// <summary>The number of words of the longest phrase starting at word i of a document (0 when none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked of nearly every word of a clause: the bit test costs less than a call
    public int MatchAt(QuoteText t, int i, bool allowProclitic = false)
    {
        var forms = t.Forms;
        if ((uint)i >= (uint)forms.Length) return 0;
        // Decided once per form: a word whose form starts no phrase here (with or without its conjunction) matches none.
        if (ReferenceEquals(t.FormCues, _owner) && ((allowProclitic ? forms[i].PhraseStartsWithBare : forms[i].PhraseStarts) & _bit) == 0)
            return 0;
        return MatchStarting(t, i, allowProclitic);
    }

    // A word that may start a phrase here: the phrases its form starts were found with its bits, as MatchAt over the
    // words would find them (a document whose forms were decided against other cues is matched word by word).
    private int MatchStarting(QuoteText t, int i, bool allowProclitic)
    {
        if (!ReferenceEquals(t.FormCues, _owner)) return MatchWords(t.Norm, i, allowProclitic);
        var phrases = t.Forms[i].Phrases!;
        int best = phrases.Own(_index) is { } own ? Longest(t.Norm, i, own) : 0;
        if (best == 0 && allowProclitic && phrases.Bare(_index) is { } bare) best = Longest(t.Norm, i, bare);
        return best;
    }

    /// <summary>The number of words of the longest phrase starting at word i (0 when none).</summary>
    public int MatchAt(string[] words, int i, bool allowProclitic = false) => MatchWords(new WordArray(words), i, allowProclitic);

    // Word by word, over a plain array or a document's words alike (a struct type argument: compiled once for each).
    private int MatchWords<TWords>(TWords words, int i, bool allowProclitic) where TWords : struct, IWordSequence
    {
        if (i < 0 || i >= words.Length) return 0;
        int best = MayStartPhrase(words[i]) ? Match(words, i, words[i]) : 0;
        // The word without its conjunction is copied only when its shape fits a first word (rarely).
        if (best == 0 && allowProclitic && words[i].Length > 2 && Clitics.IsConjunction(words[i][0]) && MayStartPhrase(words[i].AsSpan(1)))
            best = Match(words, i, words[i][1..]);
        return best;
    }

    /// <summary>The number of words of the longest phrase ending at word i of a document (0 when none).</summary>
    public int MatchEndingAt(QuoteText t, int i, bool allowProclitic = false)
    {
        for (int length = Math.Min(Math.Min(i + 1, 5), _longest); length >= 1; length--)
            if (MatchAt(t, i - length + 1, allowProclitic) == length) return length;
        return 0;
    }

    private int Match<TWords>(TWords words, int i, string first) where TWords : struct, IWordSequence =>
        _byFirst.TryGetValue(first, out var candidates) ? Longest(words, i, candidates) : 0;

    // The first of the phrases (longest first) whose words after the first stand at i + 1 on; their first word is given.
    private static int Longest<TWords>(TWords words, int i, List<string[]> candidates) where TWords : struct, IWordSequence
    {
        foreach (var phrase in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            if (i + phrase.Length > words.Length) continue;
            bool all = true;
            for (int k = 1; k < phrase.Length && all; k++) all = words[i + k] == phrase[k];
            if (all) return phrase.Length;
        }
        return 0;
    }

    private bool MayStartPhrase(ReadOnlySpan<char> word) => !word.IsEmpty && _firstShapes.MayContain(word);
}
