using System.Runtime.InteropServices;

namespace Kit.Actors.Discovery;

/// <summary>
/// Yes/no facts about a word form (a title head, a given name, a name word…), each decided at most once per form, owner
/// and thread and kept as two bits (decided, value) of one long per form: the people finder asks them of the same words
/// many times per document, and every document has the same words. Bounded: emptied when full.
/// </summary>
internal sealed class WordFacts
{
    public const int TitleHead = 0;
    public const int Given = 1;
    public const int NameWord = 2; // and 3, 4, 5: after a given name (+1), after a title (+2)
    public const int Unknown = 6;
    public const int InstitutionHead = 7;
    public const int WordAsWritten = 8;
    public const int Nisba = 9;
    public const int BoundaryWord = 10;
    public const int SpeechVerb = 11;
    public const int TitleStop = 12; // the title discoverer's facts: a stop word, a name word (13; first in the name: 14)
    public const int TitleNameWord = 13;
    public const int RoleHead = 15;
    public const int InstitutionForm = 16;
    public const int IndefiniteTitle = 17; // PeopleFinder's memos of its own tests (PeopleFinder.WordTests.cs)
    public const int KinshipNoun = 18;
    public const int GivenNameStart = 19;
    public const int NounTitle = 20;
    public const int TitleHeadStart = 21; // the rule loops' gates (PeopleFinder.Titles.cs, .RolePhrases.cs, .Kinship.cs)
    public const int RolePhraseStart = 22;
    public const int KinshipStart = 23;
    public const int DefiniteNationality = 24;
    public const int DualHead = 25;

    private const int MaxForms = 1 << 16;

    [ThreadStatic] private static WordFacts? t_last;
    [ThreadStatic] private static Dictionary<object, WordFacts>? t_byOwner;

    private readonly object _owner;
    private readonly Dictionary<string, long> _facts = new(StringComparer.Ordinal);

    // The form asked last and its bits: the finder asks several facts of one word in a row.
    private string? _lastForm;
    private long _lastBits;

    private WordFacts(object owner) => _owner = owner;

    /// <summary>This thread's facts for an owner (a people finder: the facts depend on its lists).</summary>
    public static WordFacts For(object owner)
    {
        if (t_last is { } last && ReferenceEquals(last._owner, owner)) return last;
        var byOwner = t_byOwner ??= new Dictionary<object, WordFacts>(ReferenceEqualityComparer.Instance);
        if (!byOwner.TryGetValue(owner, out var facts))
        {
            // Owners are few (the bundled lists, an instructor's); a test making thousands of them starts over.
            if (byOwner.Count >= 64) byOwner.Clear();
            byOwner[owner] = facts = new WordFacts(owner);
        }
        return t_last = facts;
    }

    /// <summary>Whether the fact is decided for the form, and if so its value.</summary>
    public bool TryGet(string form, int fact, out bool value)
    {
        long bits;
        if (ReferenceEquals(form, _lastForm)) bits = _lastBits;
        else
        {
            if (!_facts.TryGetValue(form, out bits)) bits = 0;
            _lastForm = form;
            _lastBits = bits;
        }
        value = (bits & (2L << (2 * fact))) != 0;
        return (bits & (1L << (2 * fact))) != 0;
    }

    /// <summary>Keeps a decided fact and returns its value.</summary>
    public bool Remember(string form, int fact, bool value)
    {
        if (_facts.Count >= MaxForms && !_facts.ContainsKey(form)) _facts.Clear();
        ref long bits = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, form, out _);
        bits |= (1L << (2 * fact)) | (value ? 2L << (2 * fact) : 0);
        _lastForm = form;
        _lastBits = bits;
        return value;
    }
}
