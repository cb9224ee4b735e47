using Kit.Files;
using Kit.Normalization;

namespace Kit.Quotes;

/// <summary>
/// The small words that delimit a quote (Data/quote-cues.txt): complementizers, connectives, negations, where the
/// narrator resumes, attribution after the clause, and the openers of verbatim speech. All normalized like the text.
/// </summary>
public sealed class QuoteCues
{
    private QuoteCues(IReadOnlyDictionary<string, PhraseList> lists, IReadOnlyList<string> pronouns)
    {
        Complementizers = lists["complementizers"];
        NotComplementizers = lists["not-complementizers"];
        Connectives = lists["connectives"];
        Negations = lists["negations"];
        Copulas = lists["copulas"];
        Particles = lists["particles"];
        AdverbialOpeners = lists["adverbial-openers"];
        Narrator = lists["narrator"];
        NarratorTurns = lists["narrator-turns"];
        AttributionAfter = lists["attribution-after"];
        Fronted = lists["fronted"];
        SpeechOpeners = lists["speech-openers"];
        Relatives = lists["relatives"];
        Citing = lists["citing"];
        Topics = lists["topics"];
        Prepositions = lists["prepositions"];
        Manner = lists["manner"];
        VerbalNounHeads = lists["verbal-noun-heads"];
        PersonNouns = lists["person-nouns"];
        FeminineNouns = lists["feminine-person-nouns"];
        Impersonal = lists["impersonal"];
        BodyNouns = lists["body-nouns"];
        NamedBodies = lists["named-bodies"];
        Pronouns = pronouns;
        _pronouns = [.. pronouns];
        _lists = [.. SectionNames.Select(name => lists[name])];
        for (int k = 0; k < _lists.Length; k++) _lists[k].BelongTo(this, k);
    }

    // The lists in the order of their bits in WordForm.PhraseStarts (one bit each: at most 32 lists).
    private readonly PhraseList[] _lists;

    /// <summary>
    /// Which lists a phrase of starts with a normalized word (a bit per list), the same with the word's conjunction
    /// taken off too (ولكن), and those phrases themselves: decided once per form by <see cref="WordForms"/>, so most
    /// words are ruled out by one bit test and the rest are matched with no lookup.
    /// </summary>
    internal (uint Starts, uint WithBare, FormPhrases? Phrases) PhraseStartsOf(string norm)
    {
        uint starts = 0, bare = 0;
        bool conjunction = norm.Length > 2 && Kit.Lexicon.Clitics.IsConjunction(norm[0]);
        string? withoutConjunction = conjunction ? norm[1..] : null;
        List<string[]>?[]? own = null, ofBare = null;
        for (int k = 0; k < _lists.Length; k++)
        {
            if (_lists[k].PhrasesStartingWith(norm) is { } phrases)
            {
                starts |= 1u << k;
                (own ??= new List<string[]>?[_lists.Length])[k] = phrases;
            }
            if (withoutConjunction is not null && _lists[k].PhrasesStartingWith(withoutConjunction) is { } bares)
            {
                bare |= 1u << k;
                (ofBare ??= new List<string[]>?[_lists.Length])[k] = bares;
            }
        }
        var found = own is null && ofBare is null ? null : new FormPhrases(own ?? new List<string[]>?[_lists.Length], ofBare ?? new List<string[]>?[_lists.Length]);
        return (starts, starts | bare, found);
    }

    private readonly string[] _pronouns;

    public static QuoteCues Default => DefaultLazy.Value;

    private static readonly Lazy<QuoteCues> DefaultLazy = new(() => Load());

    private static readonly string[] SectionNames =
    [
        "complementizers", "not-complementizers", "connectives", "negations", "copulas", "particles", "adverbial-openers",
        "narrator", "narrator-turns", "attribution-after", "fronted", "speech-openers", "relatives", "citing", "topics", "prepositions", "manner",
        "verbal-noun-heads", "person-nouns", "feminine-person-nouns", "impersonal", "body-nouns", "named-bodies",
    ];

    internal PhraseList Complementizers { get; }
    internal PhraseList NotComplementizers { get; }
    internal PhraseList Connectives { get; }
    internal PhraseList Negations { get; }
    internal PhraseList Copulas { get; }
    internal PhraseList Particles { get; }
    internal PhraseList AdverbialOpeners { get; }
    internal PhraseList Narrator { get; }
    internal PhraseList NarratorTurns { get; }
    internal PhraseList AttributionAfter { get; }
    internal PhraseList Fronted { get; }
    internal PhraseList SpeechOpeners { get; }
    internal PhraseList Relatives { get; }
    internal PhraseList Citing { get; }
    internal PhraseList Topics { get; }
    internal PhraseList Prepositions { get; }

    /// <summary>Words after which a verb's form is its verbal noun, reporting nothing (طلب عدم ذكر اسمه).</summary>
    internal PhraseList VerbalNounHeads { get; }

    /// <summary>Nouns that describe a person (الرجل، المزارع، المدرب), written without ال.</summary>
    internal PhraseList PersonNouns { get; }

    /// <summary>Person nouns that are feminine without ة (أم، بنت), written without ال.</summary>
    internal PhraseList FeminineNouns { get; }

    /// <summary>Present verbs that, opening a sentence right before أن, are impersonal (ويتوقع أن): no one says it.</summary>
    internal PhraseList Impersonal { get; }

    /// <summary>Nouns of a body that speaks, starting with ب or ل (بلدية، لجنة): a subject, not a preposition and a word.</summary>
    internal PhraseList BodyNouns { get; }

    /// <summary>Nouns of a body whose name may stand in quotation marks inside a title (مؤسسة "…"), written without ال.</summary>
    internal PhraseList NamedBodies { get; }

    /// <summary>How the speaker said it, right after the verb (ضاحكة، مبتسما): a state, not the subject.</summary>
    internal PhraseList Manner { get; }

    /// <summary>Pronouns a complementizer or connective may carry (أنه، لكنه).</summary>
    public IReadOnlyList<string> Pronouns { get; }

    /// <summary>Reads a cues file (format: src/Kit/Data/quote-cues.txt); null reads the bundled one.</summary>
    public static QuoteCues Load(string? path = null)
    {
        string source = path ?? "quote-cues.txt";
        var n = ArabicNormalizer.Aggressive;
        var sections = DataSections.Parse(KitData.ReadTextOrBundled(path, "quote-cues.txt"), source);
        var pronouns = DataSections.Section(sections, "complementizer-pronouns", source).Select(e => n.Apply(e.Entry)).ToList();
        var lists = new Dictionary<string, PhraseList>(StringComparer.Ordinal);
        foreach (var name in SectionNames)
        {
            var entries = DataSections.Section(sections, name, source).Select(e => e.Entry).ToList();
            // A complementizer or a connective may carry a pronoun: أنه، بأنها، على أنه، لكنه.
            if (name is "complementizers" or "not-complementizers")
                entries = entries.Concat(entries.SelectMany(e => pronouns.Select(p => e + p))).ToList();
            else if (name == "connectives")
                entries = entries.Concat(entries.Where(e => !e.Contains(' ')).SelectMany(e => pronouns.Select(p => e + p))).ToList();
            lists[name] = new PhraseList(entries, n);
        }
        return new QuoteCues(lists, pronouns);
    }

    /// <summary>Whether a normalized word ends in one of the pronouns (أنه، لكنه), so it brings its own subject.</summary>
    internal bool CarriesPronoun(string word, PhraseList bare)
    {
        foreach (string p in _pronouns) // a loop over an array, not Any with a lambda: nothing allocated per call
            if (word.Length > p.Length + 1 && word.EndsWith(p, StringComparison.Ordinal) && bare.Contains(word[..^p.Length])) return true;
        return false;
    }
}
