using Kit.Caching;
using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>What the speaker reader decides about a word form once, for the roles written before names and for every reading.</summary>
internal readonly record struct RoleFacts(string? Head, string? HeadKey, bool MayBeRoleWord, ReaderWords Words);

/// <summary>
/// One normalized word form and what the extractor decides about it once: its shared string, the reporting verb it is
/// (if any), and what the speaker reader asks of it when it looks for roles.
/// </summary>
internal sealed class WordForm(string norm, string bare, VerbForm? verb, int proclitic, RoleFacts role, (uint Starts, uint WithBare, FormPhrases? Phrases) phrases)
{
    public string Norm { get; } = norm;

    /// <summary>The form without a conjunction و or ف in front (<see cref="QuoteText.WithoutConjunction"/>), shared too.</summary>
    public string Bare { get; } = bare;

    /// <summary>The title the form starts a role with (itself, or itself without its conjunction); null when none.</summary>
    public string? RoleHead { get; } = role.Head;

    /// <summary>The role head as the role index keys it (<see cref="RoleIndex.Key"/>), made once.</summary>
    public string? RoleHeadKey { get; } = role.HeadKey;

    /// <summary>Whether the form may stand in a role before a name (a title, an article word, an adjective, a link …).</summary>
    public bool MayBeRoleWord { get; } = role.MayBeRoleWord;

    /// <summary>The word lists of the speaker reader the form is in.</summary>
    public ReaderWords ReaderWords { get; } = role.Words;

    /// <summary>The reporting verb the word is, bare or behind a proclitic; null when none.</summary>
    public VerbForm? Verb { get; } = verb;

    /// <summary>How many letters of proclitic stand before the verb (و, ف, بال …).</summary>
    public int Proclitic { get; } = proclitic;

    /// <summary>The cue lists a phrase of starts with this form, a bit each (<see cref="QuoteCues.PhraseStartsOf"/>).</summary>
    public uint PhraseStarts { get; } = phrases.Starts;

    /// <summary>The same, or with the form's conjunction و or ف taken off (a list asked to allow a proclitic).</summary>
    public uint PhraseStartsWithBare { get; } = phrases.WithBare;

    /// <summary>The phrases behind those bits, list by list (null when no bit is set).</summary>
    public FormPhrases? Phrases { get; } = phrases.Phrases;
}

/// <summary>
/// A word form as a document's words are filled in: the form, whether it is a reporting verb and the cue lists a phrase
/// of may start with it, with or without its conjunction (<see cref="WordForm.PhraseStartsWithBare"/>).
/// </summary>
internal readonly record struct KnownForm(WordForm Form, bool IsVerb, uint PhraseStartsWithBare);

/// <summary>
/// The word forms one thread has met, each decided once: news repeats a few thousand words, so a document's words are
/// looked up by span (no allocation) instead of being copied and looked up in the verb lists one by one. Not
/// thread-safe: the extractor keeps one per thread. Bounded: it empties itself when half full.
/// </summary>
internal sealed class WordForms(ReportingVerbs verbs, SpeakerPhraseReader reader)
{
    /// <summary>The cues the forms' phrase starts were decided against.</summary>
    public QuoteCues Cues => reader.Cues;

    // 2^15 slots keep 16,384 forms. One array of (hash, string, form): a lookup touches one slot, and the string only
    // when the hashes agree (parallel arrays of keys and values cost a cache miss each).
    private const int Slots = 1 << 15;
    private const int Mask = Slots - 1;

    private readonly (int Hash, string? Norm, WordForm? Form)[] _slots = new (int, string?, WordForm?)[Slots];
    private int _count;

    // The form of each vocabulary id met so far (the layers give every word one): an array read, no hashing. Each entry
    // holds the form's string and whether it is a verb beside the form, so filling a document's words reads one entry
    // per word and not the form object too. Grown by doubling as larger ids come, never past Vocabulary.MaxForms.
    private KnownForm[] _byId = new KnownForm[1 << 12];

    /// <summary>
    /// The form of a word the layers gave a vocabulary id (-1: none), with its string and whether it is a reporting verb;
    /// its slice of the normalized view (start, length) is cut only the first time the id is met (the view is a fixed
    /// map of the kit form, so one id always gives one form).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked once per word of every document
    public KnownForm Of(int id, string view, int start, int length)
    {
        var byId = _byId;
        if ((uint)id < (uint)byId.Length && byId[id].Form is not null) return byId[id];
        return FirstMeeting(id, view.AsSpan(start, length));
    }

    // An id met for the first time (or none): the form is looked up by its text and remembered by its id.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private KnownForm FirstMeeting(int id, ReadOnlySpan<char> norm)
    {
        var form = Of(norm);
        var known = new KnownForm(form, form.Verb is not null, form.PhraseStartsWithBare);
        if (id >= 0) Remember(id, known);
        return known;
    }

    private void Remember(int id, KnownForm known)
    {
        if (id >= _byId.Length) Array.Resize(ref _byId, Math.Min(Vocabulary.MaxForms, Math.Max(id + 1, _byId.Length * 2)));
        _byId[id] = known;
    }

    /// <summary>The form of a normalized word (it holds the word's shared string).</summary>
    public WordForm Of(ReadOnlySpan<char> norm)
    {
        int hash = Hash(norm);
        int i = hash & Mask;
        while (_slots[i].Norm is { } known)
        {
            if (_slots[i].Hash == hash && norm.SequenceEqual(known)) return _slots[i].Form!;
            i = (i + 1) & Mask;
        }
        var form = Decide(norm);
        if (_count >= Slots / 2)
        {
            Array.Clear(_slots);
            _count = 0;
            i = hash & Mask;
        }
        _slots[i] = (hash, form.Norm, form);
        _count++;
        return form;
    }

    private WordForm Decide(ReadOnlySpan<char> norm)
    {
        string text = Vocabulary.Intern(norm); // one string per form in the process, as before
        string bare = QuoteText.HasConjunction(norm) ? Vocabulary.Intern(norm[1..]) : text;
        var (verb, proclitic) = CueFinder.Lookup(text, verbs);
        return new WordForm(text, bare, verb, proclitic, reader.RoleFactsOf(text, bare), reader.Cues.PhraseStartsOf(text));
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }
}
