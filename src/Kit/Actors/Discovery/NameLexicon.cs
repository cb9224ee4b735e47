using System.Collections.Frozen;
using Kit.Files;
using Kit.Lexicon;
using Kit.Normalization;

namespace Kit.Actors.Discovery;

/// <summary>
/// The word lists of Data/person-names.txt, normalized like the text: given names with their gender, names that are
/// also ordinary words, the heads of place and institution names, nickname markers and words that are never names.
/// </summary>
public sealed class NameLexicon
{
    private NameLexicon(FrozenSet<string> male, FrozenSet<string> female, FrozenSet<string> wordNames,
        FrozenSet<string> institutionHeads, IReadOnlyList<string[]> nicknameMarkers, FrozenSet<string> notNames, FrozenSet<string> nameContexts,
        FrozenSet<string> anyGender, FrozenSet<string>? nationalities, PlaceWords placeWords)
    {
        PlaceHeads = placeWords.Heads;
        VesselNouns = placeWords.Vessels;
        PlaceArticles = placeWords.Articles;
        Nationalities = nationalities ?? FrozenSet<string>.Empty;
        AnyGenderNames = anyGender;
        NameContexts = nameContexts;
        MaleNames = male;
        FemaleNames = female;
        WordNames = wordNames;
        InstitutionHeads = institutionHeads;
        NicknameMarkers = nicknameMarkers;
        NotNames = notNames;
    }

    public static NameLexicon Default => DefaultLazy.Value;

    private static readonly Lazy<NameLexicon> DefaultLazy = new(() => Load());

    public FrozenSet<string> MaleNames { get; }

    public FrozenSet<string> FemaleNames { get; }

    /// <summary>Given names of either gender (Data/given-names-npm.txt, [given-any] of a lexicon file): a name, no gender.</summary>
    public FrozenSet<string> AnyGenderNames { get; }

    /// <summary>Names that are also ordinary words (عون، سلامة، أمل): a name only with evidence around it.</summary>
    public FrozenSet<string> WordNames { get; }

    /// <summary>مستشفى، ملعب، شارع، جامعة، صحيفة …: a name after one of these names a place or an institution.</summary>
    public FrozenSet<string> InstitutionHeads { get; }

    /// <summary>المعروف ب …: the words of each marker; the last one is written glued to the nickname (بـ).</summary>
    public IReadOnlyList<string[]> NicknameMarkers { get; }

    public FrozenSet<string> NotNames { get; }

    /// <summary>Nationality adjectives of every country, masculine, no article ([nationalities]): مغربي، إثيوبي.</summary>
    public FrozenSet<string> Nationalities { get; }

    /// <summary>Whether a normalized word is a definite nationality adjective, masculine or feminine, behind و or ف (والمغربية).</summary>
    public bool IsDefiniteNationality(string normalized)
    {
        // Asked of every definite word by the people finder: decided once per form and thread.
        var known = WordDecisions.For(_nationalityDecisions);
        if (known.TryGetValue(normalized, out bool decided)) return decided;
        decided = DecideDefiniteNationality(normalized);
        known.Remember(normalized, decided);
        return decided;
    }

    private readonly object _nationalityDecisions = new();

    private bool DecideDefiniteNationality(string normalized)
    {
        var x = normalized.AsSpan();
        if (x.Length > 4 && (x[0] == 'و' || x[0] == 'ف') && x[1] == 'ا' && x[2] == 'ل') x = x[1..];
        if (x.Length < 5 || x[0] != 'ا' || x[1] != 'ل') return false;
        x = x[2..];
        if (x.Length > 3 && x[^1] == 'ه') x = x[..^1]; // the feminine: ة is ه once normalized
        return Nationalities.Contains(x.ToString());
    }

    /// <summary>مقاطعة، سفينة، حزب …: heads of a place's, a vessel's, a brand's or a body's name ([place-heads]).</summary>
    public FrozenSet<string> PlaceHeads { get; }

    /// <summary>السفينة، اليخت …: a given name right after one names the vessel ([vessel-nouns]).</summary>
    public FrozenSet<string> VesselNouns { get; }

    /// <summary>لا، لاس، سان …: a given name right after one belongs to a place's name ([place-articles]).</summary>
    public FrozenSet<string> PlaceArticles { get; }

    /// <summary>الله، الدين …: second halves of compound names; the surname of حسن نصر الله is نصر الله ([compound-ends]).</summary>
    public FrozenSet<string> CompoundEnds { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>الملك، الشيخ …: titles inside an institution's name before a person's name, مستشفى الملك فهد ([inner-titles]).</summary>
    public FrozenSet<string> InnerTitles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>الثاني … العاشر: the ordinals of kings and popes after a name ([regnal-ordinals]).</summary>
    public FrozenSet<string> RegnalOrdinals { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>تشرين، كانون …: month names that take an ordinal and are no king ([month-words]).</summary>
    public FrozenSet<string> MonthWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>أما، لكن، بينهم، هؤلاء …: particles and pronouns a clause's subject may follow ([clause-particles]).</summary>
    public FrozenSet<string> ClauseParticles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>قد، لقد …: after one a word is a verb, even one that is also a given name ([verb-particles]).</summary>
    public FrozenSet<string> VerbParticles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>الذي، التي …: a relative pronoun opens a clause whose first word is its verb, no name ([relative-pronouns]).</summary>
    public FrozenSet<string> RelativePronouns { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>شهد، عزت، رفعت …: given names that are also past verbs of the third person ([verb-names]): at a clause's
    /// opening before an ordinary noun, the verb.</summary>
    public FrozenSet<string> VerbNames { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>كيم، بارك، وانغ …: Korean and Chinese family names, which stand first in the name ([east-asian-families]).</summary>
    public FrozenSet<string> EastAsianFamilies { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>منتخب، فريق، مجلس، لجنة …: nouns heading a body of people; never a person's first word ([team-bodies]).</summary>
    public FrozenSet<string> TeamBodies { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>بني، بنو: the sons of a tribe; a given name after them names the tribe or its town ([tribe-links]).</summary>
    public FrozenSet<string> TribeLinks { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>القديس، القديسة: a saint's title; after a building's head it is part of the building's name ([saint-titles]).</summary>
    public FrozenSet<string> SaintTitles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>هذه، ذلك …: a demonstrative opens a noun phrase; the word before it is no name's end ([demonstratives]).</summary>
    public FrozenSet<string> Demonstratives { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>لي، له، لنا …: ل and a pronoun after a verb of saying, the person spoken to ([person-told]).</summary>
    public FrozenSet<string> PersonToldPronouns { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>مدرب، قائد، رئيس …: one-word titles that head a body; a lone unknown word after one names the body ([body-heads]).</summary>
    public FrozenSet<string> BodyHeads { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>في، ألف، مئات …: after one, a given name that is also a word is read as that word ([count-words]).</summary>
    public FrozenSet<string> CountWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>رجل، بائع، طالب …: indefinite nouns that with a definite complement make a role before a name (رجل الأعمال،
    /// بائع الثلج; [construct-roles]).</summary>
    public FrozenSet<string> ConstructRoles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Indefinite roles of a player or an owner in construct with a team, a firm or a body (مهاجم …، صاحب …; [construct-role-heads]).</summary>
    public FrozenSet<string> ConstructRoleHeads { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Nouns of an occupation or a plain description of a person (مزارع، سائق، ممرضة، صاحب); in a speech frame
    /// (وقال المزارع …، قالت صاحبة متجر … إن) a name the lists lack may follow them and their modifiers ([frame-person-nouns]).</summary>
    public FrozenSet<string> FramePersonNouns { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>الأربعاء، أمس، اليوم …: a day or time word between a name and the complementizer of a speech frame (… يانغ
    /// مي الأربعاء إن); the name ends before it ([frame-time-words]).</summary>
    public FrozenSet<string> FrameTimeWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>تاسعة، عشرين …: ordinal and decade words, kept without ال, that after ابن/ابنة with ال tell an age (ابن التاسعة عشرة: "the
    /// nineteen-year-old"), no name ([age-ordinals]).</summary>
    public FrozenSet<string> AgeOrdinals { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>يحمل، سمي، عليه …: before اسم/باسم, a name that follows is a thing's ([naming-verbs]).</summary>
    public FrozenSet<string> NamingVerbs { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>طبيب، صديقة، جار …: nouns of a role that with a possessive suffix stand before the name of that person, as a
    /// noun of kinship does (طبيبتي هيلين; [possessed-roles]).</summary>
    public FrozenSet<string> PossessedRoles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>الصغرى، الكبير، الوحيدة …: adjectives between a noun of kinship and the relative's name (ابنتها الصغرى زينة;
    /// [kin-adjectives]).</summary>
    public FrozenSet<string> KinAdjectives { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Age nouns after ذات/ذو that tell a child's age right after the child's name (ذات السنوات الست; [kin-age-nouns]).</summary>
    public FrozenSet<string> KinAgeNouns { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Prepositions before a noun of kinship, after which an indefinite word before a comma is a name (مع ابنها تامر،; [kin-prepositions]).</summary>
    public FrozenSet<string> KinPrepositions { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>ثي، فان …: the middle names of Vietnamese names; a short word on each side makes the three a person's name,
    /// called later by its last word ([name-middles]).</summary>
    public FrozenSet<string> NameMiddles { get; private init; } = FrozenSet<string>.Empty;

    // The three optional sections of place words, read together (a lexicon file without them has none).
    private sealed record PlaceWords(FrozenSet<string> Heads, FrozenSet<string> Vessels, FrozenSet<string> Articles);

    /// <summary>Words after which a surname that is also a word is the person: تصريحات سلامة، مكتب عون.</summary>
    public FrozenSet<string> NameContexts { get; }

    /// <summary>Ordinary Arabic words (Data/arabic-words.txt, from hunspell-ar): a word listed there is no name without more evidence.</summary>
    public WordList OrdinaryWords => _ordinary.Value;

    // The list folds hamza, ى and ة like the text but keeps ؤ and ئ; the text has them as و and ي (مؤتمر → موتمر), so both are kept.
    private readonly Lazy<WordList> _ordinary = new(() =>
    {
        var words = WordList.Load("arabic-words.txt");
        return words.Union(words.Words.Where(x => x.Contains('\u0624') || x.Contains('\u0626')).Select(ArabicNormalizer.Aggressive.Apply));
    });

    /// <summary>Whether a normalized word is an ordinary word, as written or without its article or a proclitic and article (والحكومة).</summary>
    public bool IsOrdinaryWord(string normalized)
    {
        // Decided once per form and thread: a word no list knows is tried under every prefix and suffix, and the people
        // finder asks about the same words again and again (docs/performance.md).
        var known = WordDecisions.For(this);
        if (known.TryGetValue(normalized, out bool decided)) return decided;
        bool ordinary = DecideOrdinary(normalized);
        known.Remember(normalized, ordinary);
        return ordinary;
    }

    private bool DecideOrdinary(string normalized)
    {
        var words = OrdinaryWords;
        if (words.Contains(normalized)) return true;
        foreach (var prefix in PrefixesAndNone)
        {
            if (normalized.Length - prefix.Length < 2 || !normalized.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var stem = normalized.AsSpan(prefix.Length);
            if (words.Contains(stem)) return true;
            // The feminine and the sound plurals are not in the list of stems: ملتزمة، المراقبون، الحكومات. Not behind a
            // one-letter proclitic: ب + نشعب + ون is no reading of بنشعبون.
            if (prefix.Length == 1) continue;
            foreach (var suffix in OrdinarySuffixes)
                if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal) && words.Contains(stem[..^suffix.Length]))
                    return true;
            // عمليات → عملية: the feminine plural of a word in ة.
            if (stem.Length > 4 && stem.EndsWith("ات", StringComparison.Ordinal) && words.Contains(string.Concat(stem[..^2], "ه")))
                return true;
            // مرتين، سنتان → مرة، سنة: the dual of a word in ة (ة is ت before the ending).
            if (stem.Length > 4 && (stem.EndsWith("تين", StringComparison.Ordinal) || stem.EndsWith("تان", StringComparison.Ordinal))
                && words.Contains(string.Concat(stem[..^3], "ه")))
                return true;
        }
        return false;
    }

    private static readonly string[] OrdinarySuffixes = ["ه", "ات", "ون", "ين", "ت"];

    // The word as written first, then under each prefix.
    private static readonly string[] PrefixesAndNone = ["", .. Clitics.OrdinaryWordPrefixes];

    private static readonly string[] OrdinaryPrefixes = [.. Clitics.OrdinaryWordPrefixes];

    public bool IsGivenName(string normalized) => MaleNames.Contains(normalized) || FemaleNames.Contains(normalized) || AnyGenderNames.Contains(normalized);

    /// <summary>"female" or "male" for a given name the lexicon knows only as one of them, or for the first word of a
    /// name by descent (ابن سينا: male; ابنة: female), else null.</summary>
    public string? GenderOf(string normalizedGivenName) =>
        FemaleNames.Contains(normalizedGivenName) && !MaleNames.Contains(normalizedGivenName) ? "female"
        : MaleNames.Contains(normalizedGivenName) && !FemaleNames.Contains(normalizedGivenName) ? "male"
        : normalizedGivenName is "ابن" ? "male"
        : normalizedGivenName is "ابنه" ? "female"
        : null;

    /// <summary>Reads a lexicon file (format: src/Kit/Data/person-names.txt); null reads the bundled one.</summary>
    public static NameLexicon Load(string? path = null)
    {
        string source = path ?? "person-names.txt";
        var n = ArabicNormalizer.Aggressive;
        var sections = DataSections.Parse(KitData.ReadTextOrBundled(path, "person-names.txt"), source);
        FrozenSet<string> Set(string name) =>
            DataSections.Section(sections, name, source).Select(e => n.Apply(e.Entry).Trim()).Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var markers = DataSections.Section(sections, "nickname-markers", source)
            .Select(e => n.Apply(e.Entry).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0).ToList();
        // Given names of either gender: the file's own [given-any] section if it has one; the bundled lexicon adds the
        // names of Data/given-names-npm.txt (README-arabic-words.md says where they come from).
        var any = sections.ContainsKey("given-any") ? Set("given-any").ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        if (path is null)
            foreach (var e in DataSections.Section(DataSections.Parse(KitData.ReadText("given-names-npm.txt"), "given-names-npm.txt"), "given-any", "given-names-npm.txt"))
                if (n.Apply(e.Entry).Trim() is { Length: > 0 } name) any.Add(name);
        var nationalities = sections.ContainsKey("nationalities") ? Set("nationalities") : null;
        FrozenSet<string> Optional(string name) => sections.ContainsKey(name) ? Set(name) : FrozenSet<string>.Empty;
        var placeWords = new PlaceWords(Optional("place-heads"), Optional("vessel-nouns"), Optional("place-articles"));
        return new NameLexicon(Set("given-male"), Set("given-female"), Set("word-names"), Set("institution-heads"), markers, Set("not-names"), Set("name-contexts"), any.ToFrozenSet(StringComparer.Ordinal),
            nationalities, placeWords) 
        {
            NameMiddles = Optional("name-middles"),
            CompoundEnds = Optional("compound-ends"),
            InnerTitles = Optional("inner-titles"),
            RegnalOrdinals = Optional("regnal-ordinals"),
            MonthWords = Optional("month-words"),
            ClauseParticles = Optional("clause-particles"),
            VerbParticles = Optional("verb-particles"),
            Demonstratives = Optional("demonstratives"),
            PersonToldPronouns = Optional("person-told"),
            BodyHeads = Optional("body-heads"),
            CountWords = Optional("count-words"),
            ConstructRoles = Optional("construct-roles"),
            ConstructRoleHeads = Optional("construct-role-heads"),
            FramePersonNouns = Optional("frame-person-nouns"),
            FrameTimeWords = Optional("frame-time-words"),
            AgeOrdinals = Optional("age-ordinals"),
            NamingVerbs = Optional("naming-verbs"),
            PossessedRoles = Optional("possessed-roles"),
            KinAdjectives = Optional("kin-adjectives"),
            KinAgeNouns = Optional("kin-age-nouns"),
            KinPrepositions = Optional("kin-prepositions"),
            RelativePronouns = Optional("relative-pronouns"),
            VerbNames = Optional("verb-names"),
            EastAsianFamilies = Optional("east-asian-families"),
            TeamBodies = Optional("team-bodies"),
            SaintTitles = Optional("saint-titles"),
            TribeLinks = Optional("tribe-links"),
        };
    }
}
