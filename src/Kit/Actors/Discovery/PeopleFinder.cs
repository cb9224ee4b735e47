using System.Collections.Frozen;
using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

/// <summary>
/// Finds the people of a document that the gazetteer does not know, with the evidence for each mention:
/// <list type="bullet">
/// <item>title: a name right after a title or role (المبعوث الأممي مارتن غريفيث; <see cref="NameDiscoverer"/>);</item>
/// <item>given name: a given name of Data/person-names.txt and one to three name words after it (هدى الحلبي، محمد بن سلمان);</item>
/// <item>nickname: the name after «المعروف بـ» that follows a person's name;</item>
/// <item>surname: once a full name is found, its surname (or the full name again) anywhere in the document, behind its proclitics (وغريفيث، لغريفيث).</item>
/// </list>
/// Traps: a name after the head of a place or institution (مستشفى الملك فهد، ملعب محمد الخامس) is no person; a
/// surname that is also an ordinary word (عون، سلامة) counts alone only next to a title or a reporting verb.
/// Everything is per document and linear in its words.
/// </summary>
public sealed partial class PeopleFinder(TitlePatterns patterns, NameLexicon lexicon, ReportingVerbs verbs, SpeakerTitles? speakerTitles = null)
{
    private const int MaxWordsAfterGivenName = 3;

    // The given name علي as it stands in the word array once told from the preposition على.
    private const string AliName = "علي\u200C";

    // What this finder decided about each word form (its lists decide): asked many times per word, in every document.
    private readonly WordFacts _facts = new();

    // Proclitics that can stand before a name, longest first (وبغريفيث، لغريفيث، فغريفيث).
    private static readonly string[] Proclitics = [.. Clitics.BeforePersonName];

    // Second halves of compound names: the surname of حسن نصر الله is نصر الله, not الله ([compound-ends]).
    private FrozenSet<string> CompoundEnds => Lexicon.CompoundEnds;

    // Titles that stand inside an institution's name before a person's name (مستشفى الملك فهد; [inner-titles]).
    private FrozenSet<string> InnerTitles => Lexicon.InnerTitles;

    public static PeopleFinder Default => DefaultLazy.Value;

    private static readonly Lazy<PeopleFinder> DefaultLazy = new(() => new PeopleFinder(TitlePatterns.Default, NameLexicon.Default, ReportingVerbs.Default));

    public NameLexicon Lexicon { get; } = lexicon;

    /// <summary>The titles, name links and stops this finder reads names by.</summary>
    public TitlePatterns Patterns => patterns;

    /// <summary>The speaker titles (format: src/Kit/Data/speaker-titles.txt) whose person titles a name may follow; null gave the bundled ones.</summary>
    public SpeakerTitles SpeakerTitles { get; } = speakerTitles ?? SpeakerTitles.Default;

    private readonly WordList _stopwords = Stopwords.Default;

    private readonly HashSet<string> _titleWords = patterns.Titles.Concat(patterns.TitlesOf).Select(t => t[0])
        .Concat(patterns.Honorifics).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The people of one document, rule family by rule family (each in a file of its own, PeopleFinder.*.cs): the order
    /// matters, as each family leaves alone the words an earlier one took.
    /// </summary>
    internal IReadOnlyList<Mention> Find(string documentId, string text, NormalizedText normalized, ArraySegment<(int Start, int End)> words,
        int[] sentenceStarts, IReadOnlyList<Mention> known, NameDiscoverer titles, IReadOnlyList<Tokenization.Sentence>? sentences = null,
        ISet<int>? insidePlaceNames = null, IReadOnlyList<Layers.WordSpan>? forms = null)
    {
        var d = Read(documentId, text, normalized, words, forms);
        var opens = d.OpensAt = WordOpens(d);
        // A rule family whose opening word (Opens) stands nowhere in the document is not walked (d.Has).
        // Words that are no one's new name: the gazetteer's, a dateline's city, a preposition spelled like a name.
        MarkKnownNames(d, known, titles, insidePlaceNames);
        MarkDatelinePlaces(d);
        if (d.Has(Opens.PrepositionSpelling)) MarkPrepositionSpellings(d, opens);
        // 1. Names after titles (Titles).
        if (d.Has(Opens.BodyTitle)) FindBodies(d, opens);
        FindAfterDiscoveredTitles(d, known, titles, sentences);
        FindAfterTitleHeads(d, opens);
        // 2. Given names (GivenNames), subjects of verbs (Verbs), shapes, kinship, appositions, coordination.
        if (d.Has(Opens.Daughter)) FindDaughterNames(d); // before the given names: راشد الكندية is the rest of the woman's name
        FindAfterGivenNames(d, opens);
        if (d.Has(Opens.SpeechVerb)) FindSpeechSubjects(d, opens);
        if (d.Has(Opens.FiniteVerb)) FindAfterReportingVerbs(d);
        if (d.Has(Opens.SpeechVerb)) FindInSpeechFrames(d, opens);
        FindBeforeAges(d, opens);
        if (d.Has(Opens.Kinship)) FindAfterKinship(d, opens);
        FindAppositions(d);
        if (d.HasHyphen) FindSyllableNames(d);
        if (d.Has(Opens.Regnal)) FindRegnalNames(d, opens);
        if (d.Has(Opens.AncestorLink)) FindAncestorNames(d);
        FindAfterClauseVerbs(d, opens);
        if (d.Has(Opens.Amma)) FindTopicsOfAmma(d);
        if (d.Has(Opens.NameMiddle)) FindVietnameseNames(d, opens);
        if (d.Has(Opens.EastAsianFamily)) FindEastAsianNames(d, opens);
        if (d.Has(Opens.RolePhrase)) FindAfterRolePhrases(d, opens);
        FindInSpeechVerbFrames(d, opens);
        FindCoordinated(d, opens);
        // 3–5. Persons from the names found, their nicknames, then their names again anywhere (Persons, Propagation).
        JoinHyphenedNames(d);
        GroupPersons(d);
        FindNicknames(d);
        Propagate(d);
        return Mentions(d, sentenceStarts);
    }

    // What a word can open, for the rule loops that look only at such words, and what it is, for the rules that ask it of
    // every word by position (Document.Given and the like) instead of looking its string up again (each a per-form fact, WordFacts).
    [Flags]
    private enum Opens : ulong
    {
        None = 0,
        TitleHead = 1, // TitleHeadStart: FindAfterTitleHeads
        RolePhrase = 2, // RolePhraseStart: FindAfterRolePhrases
        Kinship = 4, // KinshipStart: FindAfterKinship, FindKinshipWordNames (the word before the name)
        BodyTitle = 8, // IndefiniteTitle: FindBodies
        SpeechVerb = 16, // IsSpeechVerb: the speech rules
        NameRun = 32, // NameRunWord: FindCoordinated
        Nationality = 64, // IsDefiniteNationality: FindAfterTitleHeads
        Title = 128, // IsTitleHead: FindAfterTitleHeads
        GivenName = 256, // a given name's start or علي: FindAfterGivenNames
        UnknownName = 512, // UnknownWord, IsNameWord and no plural: FindBeforeAges, FindAfterClauseVerbs
        PrepositionSpelling = 1024, // MarkPrepositionSpellings
        Regnal = 2048, // a regnal ordinal: FindRegnalNames
        NameMiddle = 4096, // FindVietnameseNames
        EastAsianFamily = 8192, // FindEastAsianNames
        Naming = 16384, // RoleBeforeName: a naming verb (تدعى)
        ConstructRole = 32768, // RoleBeforeName: a role in construct (رجل الأعمال)
        InnerTitle = 65536, // RoleBeforeName: a title inside an institution's name, or an honorific
        Given = 131072, // IsGiven: read by position in the rules that ask it of every word (Document.Given)
        InstitutionHead = 262144, // IsInstitutionHead: the same (Document.InstitutionHead)
        RoleHead = 524288, // CanHeadRole: the same (Document.RoleHead)
        InstitutionForm = 1048576, // InstitutionHeadForm: the same (Document.InstitutionForm)
        PlaceHead = 2097152, // a place's head of the lexicon: the same (Document.PlaceHead)
        LinkWord = 4194304, // LinkWord: SkipQualifiers, RolePhraseEnd
        NameLink = 8388608, // a name link of the patterns (بن، عبد، دي): SkipQualifiers
        QualifierStop = 16777216, // a stop word that is no qualifier link: SkipQualifiers
        FiniteVerb = 33554432, // a finite reporting verb, also behind و or ف: FindAfterReportingVerbs
        DualHead = 67108864, // DualHead: RolePhraseEnd, InsideInstitution
        ConstructTitle = 1L << 27, // RoleBeforeName: an indefinite title or role in construct (قبطان قارب الأبحاث), no given name
        ConstructNoun = 1L << 28, // RoleBeforeName: the indefinite ordinary noun after it, no name, title, body or place
        ConstructComplement = 1L << 29, // RoleBeforeName: the definite ordinary complement after that noun, no name or body
        Ordinary = 1L << 30, // in the word list as written (Lexicon.OrdinaryWords): read by position (Document.Ordinary)
        PrepositionOnNoun = 1L << 31, // ل or ب on an ordinary word (لتطعيم), itself no word or given name: RoleBeforeName
        AncestorLink = 1L << 32, // a word ending in ابن (لابن): FindAncestorNames
        Daughter = 1L << 33, // بنت: FindDaughterNames
        Amma = 1L << 34, // أما: FindTopicsOfAmma
        InnerNameWord = 1L << 35, // InsideInstitution: a word that may stand inside a place's name before a person's (InnerNameWord)
        ConstructTitleWord = 1L << 36, // Apposition: a title once the article is on it (مدرب), or صاحب
        AdjectiveForm = 1L << 37, // SkipQualifiers: an adjective's shape in ي or يه on a word of the word list (AdjectiveForm)
        OrdinaryForm = 1L << 38, // IsOrdinaryWord of the lexicon: SkipQualifiers
        InstitutionTitle = 1L << 39, // InnerTitles alone (مطار الملك): RolePhraseEnd
        ConstructRoleHead = 1L << 40, // Lexicon.ConstructRoleHeads: RolePhraseEnd
        WordName = 1L << 41, // a given name that is also a word (Lexicon.WordNames): MarkKnownNames
        QualifierLink = 1L << 42, // QualifierLinks (في، باسم): SkipQualifiers
    }

    // What each word of the document can open, once per document: a pure function of the form, so kept per form, by
    // the form's vocabulary id where the layers give one (FormMemo), else by the form itself (WordFacts).
    private Opens[] WordOpens(Document d)
    {
        string[] w = d.W;
        var forms = Layers.TextLayers.SpanOf(d.Forms);
        var opens = new Opens[d.Count];
        Opens any = Opens.None;
        for (int i = 0; i < opens.Length; i++)
        {
            int id = forms.IsEmpty ? -1 : forms[i].Form;
            opens[i] = _opensById.TryGet(id, w[i], out var known) ? known
                : _opensById.Remember(id, w[i], (Opens)_facts.DecideCode(w[i], this, static (finder, x) => (long)finder.OpensOf(x)));
            any |= opens[i];
        }
        d.OpensInDocument = any;
        return opens;
    }

    private readonly FormMemo<Opens> _opensById = new();

    private Opens OpensOf(string x) =>
        (TitleHeadStart(x) ? Opens.TitleHead : Opens.None) | (RolePhraseStart(x) ? Opens.RolePhrase : Opens.None)
        | (KinshipStart(x) ? Opens.Kinship : Opens.None) | (IndefiniteTitle(x) ? Opens.BodyTitle : Opens.None) | (IsSpeechVerb(x) ? Opens.SpeechVerb : Opens.None)
        | (NameRunForm(x) ? Opens.NameRun : Opens.None) | (IsDefiniteNationality(x) ? Opens.Nationality : Opens.None)
        | (IsTitleHead(x) ? Opens.Title : Opens.None) | (_givenNameStarts.Contains(x) || x == AliName ? Opens.GivenName : Opens.None)
        | (UnknownWord(x) && IsNameWord(x) && !Plural(x) ? Opens.UnknownName : Opens.None) | (PrepositionSpellings.Contains(x) ? Opens.PrepositionSpelling : Opens.None)
        | (RegnalOrdinals.Contains(x) ? Opens.Regnal : Opens.None) | (Lexicon.NameMiddles.Contains(x) ? Opens.NameMiddle : Opens.None)
        | (Lexicon.EastAsianFamilies.Contains(x) ? Opens.EastAsianFamily : Opens.None) | (NamingWords.Contains(x) ? Opens.Naming : Opens.None)
        | (Lexicon.ConstructRoles.Contains(x) ? Opens.ConstructRole : Opens.None) | (InnerTitles.Contains(x) || patterns.Honorifics.Contains(x) ? Opens.InnerTitle : Opens.None)
        | (IsGiven(x) ? Opens.Given : Opens.None) | (IsInstitutionHead(x) ? Opens.InstitutionHead : Opens.None) | (CanHeadRole(x) ? Opens.RoleHead : Opens.None)
        | (InstitutionHeadForm(x) ? Opens.InstitutionForm : Opens.None) | (Lexicon.PlaceHeads.Contains(x) ? Opens.PlaceHead : Opens.None)
        | (LinkWord(x) ? Opens.LinkWord : Opens.None) | (patterns.NameLinks.Contains(x) ? Opens.NameLink : Opens.None)
        | (_stopwords.Contains(x) && !QualifierLinks.Contains(x) ? Opens.QualifierStop : Opens.None) | (FiniteReportingVerb(x) ? Opens.FiniteVerb : Opens.None)
        | (DualHead(x) ? Opens.DualHead : Opens.None) | (ConstructTitle(x) ? Opens.ConstructTitle : Opens.None)
        | (ConstructNoun(x) ? Opens.ConstructNoun : Opens.None) | (ConstructComplement(x) ? Opens.ConstructComplement : Opens.None)
        | (Lexicon.OrdinaryWords.Contains(x) ? Opens.Ordinary : Opens.None) | (PrepositionOnNoun(x) ? Opens.PrepositionOnNoun : Opens.None)
        | (x.Length >= 3 && x.EndsWith("ابن", StringComparison.Ordinal) ? Opens.AncestorLink : Opens.None) | (x == "بنت" ? Opens.Daughter : Opens.None)
        | (x == GrammarWords.Amma ? Opens.Amma : Opens.None) | (InnerNameWord(x) ? Opens.InnerNameWord : Opens.None)
        | (x.Length >= 3 && (IsTitleHead("ال" + x) || x is "صاحب" or "صاحبه") ? Opens.ConstructTitleWord : Opens.None)
        | (AdjectiveForm(x) ? Opens.AdjectiveForm : Opens.None) | (Lexicon.IsOrdinaryWord(x) ? Opens.OrdinaryForm : Opens.None)
        | (InnerTitles.Contains(x) ? Opens.InstitutionTitle : Opens.None) | (Lexicon.ConstructRoleHeads.Contains(x) ? Opens.ConstructRoleHead : Opens.None)
        | (Lexicon.WordNames.Contains(x) ? Opens.WordName : Opens.None) | (QualifierLinks.Contains(x) ? Opens.QualifierLink : Opens.None);

    private List<Mention> Mentions(Document d, int[] sentenceStarts)
    {
        string documentId = d.Id;
        string?[] knownType = d.KnownType;
        List<Found> found = d.Found;
        TextSpan[] original = d.Original;
        string text = d.Text;
        List<Person> people = d.People;
        var mentions = new List<Mention>(found.Count);
        int lastEnd = -1; // the word after the last mention made here
        foreach (var f in found.OrderBy(f => f.First))
        {
            // ماريا | خوسيه أرانغو: words glued to a person the gazetteer named are the rest of that name, not a second person.
            if (f.First > 0 && d.Joined(f.First) && knownType[f.First - 1] == ActorType.Person) continue;
            int start = d.Start(f), end = original[HyphenEnd(d, f.End) - 1].End;
            // فاطمة الزهراء | حمادي: one word that a name found elsewhere lends, glued to a name found here with nothing but a
            // space between, is the last word of that name (not مدرب جابر | عصام الجلالي: a name of its own follows).
            if (f.First == lastEnd && f.Skip == 0 && f.End - f.First == 1 && f.Rule is "first-name" or "surname" or "full-name" && d.Joined(f.First) && !d.MarkBetween(f.First))
            {
                var before = mentions[^1];
                mentions[^1] = before with { Surface = text[before.Start..end], End = end };
                lastEnd = f.End;
                continue;
            }
            lastEnd = f.End;
            var person = people[f.Person];
            mentions.Add(new Mention(documentId, Gazetteer.DiscoveredId(person.Canonical), ActorType.Person, text[start..end], start, end,
                SentenceOf(sentenceStarts, start), MentionKind.Name)
            {
                Origin = MentionOrigin.Discovered,
                Evidence = f.Rule switch
                {
                    "title" => $"title: a name after «{f.Detail}»",
                    "given-name" => $"given-name: «{f.Detail}» and the name words after it",
                    "nickname" => $"nickname: of «{f.Detail}», after المعروف بـ",
                    "speech" => $"speech: the subject right after «{f.Detail}»",
                    "surname" => $"surname: of «{f.Detail}», named in full in the document",
                    "first-name" => $"first-name: of «{f.Detail}», the only person here with it",
                    "after-verb" => $"after-verb: a word no dictionary knows, right after «{f.Detail}»",
                    "kinship" => $"kinship: a word no dictionary knows after «{f.Detail}»",
                    "age" => $"age: words no dictionary knows before an age «{f.Detail}»",
                    "syllables" => $"syllables: a short family name before «{f.Detail}»",
                    "ancestor" => "ancestor: a word no dictionary knows after «ابن»",
                    "middle" => $"middle: a Vietnamese middle name «{f.Detail}» between two short words",
                    "regnal" => $"regnal: a word no dictionary knows before «{f.Detail}»",
                    "coordinated" => $"coordinated: name words joined by و to «{f.Detail}»",
                    "apposition" => $"apposition: name words before a comma and «{f.Detail}»",
                    _ => $"full-name: «{f.Detail}» again",
                },
            });
        }
        return mentions;
    }

    // The ordinals of kings and popes (الثاني … العاشر; [regnal-ordinals]), and month names that take them (تشرين الأول، كانون الثاني; [month-words]).
    private FrozenSet<string> RegnalOrdinals => Lexicon.RegnalOrdinals;
    private FrozenSet<string> MonthWords => Lexicon.MonthWords;

    // Particles and pronouns a clause's subject may follow (أما، لكن، بينهم، هؤلاء; [clause-particles]).
    private FrozenSet<string> ClauseParticles => Lexicon.ClauseParticles;

    // After «X Y،»: وهو/وهي, a title, or a definite singular role noun (المغنية، القادم) that is no place or institution.
    private bool Apposition(Document d, int c)
    {
        string[] w = d.W;
        string x = w[c];
        if (x is GrammarWords.WaHuwa or GrammarWords.WaHiya) return c + 1 < w.Length && d.Joined(c + 1) && !d.InstitutionHead(c + 1) && !_stopwords.Contains(w[c + 1]);
        if (d.TitleHead(c) && !x.StartsWith('و') || d.RoleHead(c) && (d.OpensAt[c] & Opens.Nationality) == 0) return true;
        // مدرب كانون، صاحب مصنع: an indefinite title or role noun in construct with the word after it.
        return c + 1 < w.Length && d.Joined(c + 1) && !d.InstitutionHead(c) && (d.OpensAt[c] & Opens.ConstructTitleWord) != 0;
    }

    // DualHeadForm (PeopleFinder.WordTests.cs) decided once per form (WordFacts): asked of the word before many a name.
    private bool DualHead(string x)
    {
        return _facts.TryGet(x, WordFacts.DualHead, out bool known) ? known : _facts.Remember(x, WordFacts.DualHead, DualHeadForm(x));
    }

    // The lexicon's answer, kept beside the other facts of the form (WordFacts): asked right after them of the same word.
    private bool IsDefiniteNationality(string x)
    {
        return _facts.TryGet(x, WordFacts.DefiniteNationality, out bool known) ? known : _facts.Remember(x, WordFacts.DefiniteNationality, Lexicon.IsDefiniteNationality(x));
    }

    // لعاملات، بتفوقها، لعلامات: ل or ب on an ordinary noun of four letters or more (its plural, its possessed form) opens a phrase, no name.
    private bool PrepositionOnWord(string x)
    {
        if (x.Length < 5 || x[0] is not ('ل' or 'ب') || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        string rest = x[1..];
        // بابكر: ب before ا may as well be the name's own first letter (no ب + أبكر); بنعلي، بوعلام: بن and بو open
        // Maghrebi surnames; بيريث: a present verb's letter after it is no noun a preposition governs.
        if (IsGiven(rest) || rest[0] is 'ا' or 'ي' or 'ت' || x[0] == 'ب' && rest[0] is 'ن' or 'و') return false;
        return Lexicon.OrdinaryWords.Contains(rest) || PossessedNoun(rest)
            // لمزارعي، لعاملي: a sound plural in construct (its ن dropped) on an ordinary noun of four letters or more (kind of blind13).
            || x[0] == 'ل' && rest.Length >= 5 && rest[^1] == 'ي' && Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 1))
            || rest.Length > 4 && rest.EndsWith("ات", StringComparison.Ordinal) && (Lexicon.OrdinaryWords.Contains(rest[..^2] + "ه") || Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 2)))
            || rest.EndsWith('ه') && Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 1));
    }

    // فان، ولدي: a name link inside a name, even one that is also a stop word (فان as فإن).
    private bool InnerLink(string x) => x.Length >= 2 && x != "ال" && patterns.NameLinks.Contains(x);

    // A surname alone that is an ordinary word as written, with its article, or without a proclitic of more than one
    // letter (بابكر is no ب + أبكر).
    private bool SurnameIsWord(string x) =>
        Lexicon.OrdinaryWords.Contains(x) || (x.StartsWith("ال", StringComparison.Ordinal) || x[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) && Lexicon.IsOrdinaryWord(x);

    // الفريق سجل، الفريق سيبقى: one word after a title that is no name.
    private bool LoneWordNoName(bool nounTitle, string x)
    {
        // الفريق متعب، اللواء سعيد: after a title that is also a noun, a name that is also a word needs a family name after it.
        if (nounTitle && Lexicon.WordNames.Contains(x)) return true;
        if (IsGiven(x) || Lexicon.WordNames.Contains(x)) return false;
        if (nounTitle && IsWordAsWritten(x)) return true;
        // الملك واقفا: an ordinary word in the accusative (a state or an adverb) is no name.
        if (AccusativeWord(x)) return true;
        // الفريق وكتب: و or ف and a verb, or an ordinary word, opens the next clause.
        if (ConjoinedWord(x)) return true;
        // A future verb: سي/ست/سن and a stem the word list knows, or any such shape after a title that is also a noun.
        return FutureVerb(x, nounTitle);
    }

    // الفريق استخدم خشبا، الفريق اعتمد نهجا: after a title that is also a noun, a word as written and then an object in the
    // accusative are the noun's verb and its object (الفريق أول ركن has no accusative word).
    private bool VerbAndObject(bool nounTitle, string[] w, int first, int end)
    {
        if (!nounTitle || end - first < 2 || IsGiven(w[first]) || !IsWordAsWritten(w[first])) return false;
        for (int x = first + 1; x < end; x++)
            if (AccusativeWord(w[x])) return true;
        return false;
    }

    // سيبدأ، سترسل، سنعمل: سي/ست/سن and a present stem the word list knows (not ستيفن, سنان: no word after the س), or any such
    // shape after a title that is also a noun.
    private bool FutureVerb(string x, bool nounTitle) =>
        x.Length >= 5 && x[0] == 'س' && x[1] is 'ي' or 'ت' or 'ن' && !IsGiven(x) && (nounTitle || KnownVerbShape(x[1..]));

    // فضل عدم ذكر اسمه: عدم (the negation noun) inside the words or right after them; no name has it, the word before is a verb.
    private static bool NotNamedAt(string[] w, int first, int end)
    {
        for (int k = first; k <= end && k < w.Length; k++)
            if (w[k] == GrammarWords.Adam) return true;
        return false;
    }

    // تقريبا، جدا، واقفا: an ordinary word with the accusative ending, as written (not a given name: رضا).
    private bool AccusativeWord(string x) =>
        x.Length >= 3 && x[^1] == 'ا' && !IsGiven(x) && Lexicon.OrdinaryWords.Contains(x.AsSpan(0, x.Length - 1));

    // وكتب، فأشاد، والحكومة: a conjunction on a verb or an ordinary word of three letters or more, the whole no name and no word.
    private bool ConjoinedWord(string x)
    {
        if (x.Length <= 3 || !Clitics.IsConjunction(x[0]) || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        string rest = x[1..];
        return verbs.Lookup(rest) is { Kind: not VerbFormKind.Present } || rest.Length >= 3 && rest[0] is not ('ي' or 'ت') && IsWordAsWritten(rest);
    }

    private static readonly HashSet<string> TitlePrepositions = new(StringComparer.Ordinal) { "في", "من", "الي", "علي", "عن", "مع", "منذ", "حتي", "لدي" };

    // الإمام الخميني في: the title's last word is a preposition.
    private static bool EndsInPreposition(string title)
    {
        var parts = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && TitlePrepositions.Contains(ArabicNormalizer.Aggressive.Apply(parts[^1]));
    }

    // بن الشيخ، ولد الأمير: after a name link, a title word with the article is part of the name.
    private bool LinkedTitleWord(string[] w, int k) =>
        k >= 2 && w[k - 1].Length >= 2 && w[k - 1] != "ال" && patterns.NameLinks.Contains(w[k - 1]) && w[k].Length > 3
        && w[k].StartsWith("ال", StringComparison.Ordinal) && _titleWords.Contains(w[k]) && !_stopwords.Contains(w[k]);

    // الحبيب بورقيبة، الصادق الفكي: a given name written with the article, before a name word that is no common definite noun
    // (not الأمين العام).
    private bool DefiniteGivenName(string[] w, int k, Func<int, bool> joined) =>
        IsGiven(w[k]) && k + 1 < w.Length && joined(k + 1) && (IsNameWord(w[k + 1]) && !(Lexicon.IsOrdinaryWord(w[k + 1]) && DefiniteNoun(w[k + 1])) || InnerTitleWord(w, k + 1, joined));

    // خوان كارلوس دي لا فوينتي، دي لوس سانتوس: the Spanish article after دي or دا is a link of the name, not the negation لا.
    private static bool ArticleAfterDe(string[] w, int k) =>
        k > 0 && w[k] is "لا" or "لوس" or "لاس" or "ل" && w[k - 1] is "دي" or "دا";

    // الباجي قائد السبسي: an indefinite title word after a given name and before a definite word that is no ordinary word
    // (a family name) is a word of the name; محمد قائد الجيش is not (الجيش is a word).
    private bool InnerTitleWord(string[] w, int k, Func<int, bool> joined) =>
        k > 0 && k + 1 < w.Length && joined(k) && joined(k + 1) && _titleWords.Contains(w[k]) && !w[k].StartsWith("ال", StringComparison.Ordinal)
        && IsGiven(w[k - 1]) && w[k + 1].Length > 4 && w[k + 1].StartsWith("ال", StringComparison.Ordinal) && !IsGiven(w[k + 1])
        && !Lexicon.IsOrdinaryWord(w[k + 1]) && IsNameWord(w[k + 1]);

    // محمد ولد أحمدو (29 عاما)، المعروف …: an age between a name and what follows it.
    private static int AfterAge(string[] w, int end, Func<int, bool> joined) =>
        end + 1 < w.Length && w[end].Length > 0 && w[end].All(char.IsDigit) && w[end + 1] is "عاما" or "عام" or "سنه" or "سنوات" && end + 2 < w.Length ? end + 2 : end;

    // Where the subject of a reporting verb ends: a boundary, or a preposition with its noun (للصحفيين، لوكالة).
    private bool SubjectEnds(string[] w, int k, Func<int, bool> joined) =>
        Boundary(w, k, joined) || w[k].StartsWith("لل", StringComparison.Ordinal)
        || w[k].Length > 3 && w[k][0] == 'ل' && Lexicon.InstitutionHeads.Contains(w[k][1..]);

    // A given name behind a proclitic (وأحمد، لسلمى), unless the whole word is an ordinary word (بيان is not ب + يان).
    private IEnumerable<(string Form, int Skip)> GivenNameForms(string word) =>
        Lexicon.OrdinaryWords.Contains(word) ? [(word, 0)] : Forms(word);

    // GivenNameForms of word i, kept per form by its vocabulary id: asked of every given name of every document, and
    // made anew each time they cost an iterator and a string per proclitic.
    private (string Form, int Skip)[] GivenNameFormsAt(Document d, int i)
    {
        string x = d.W[i];
        int id = d.FormId(i);
        return _givenNameForms.TryGet(id, x, out var known) ? known.All : _givenNameForms.Remember(id, x, new FormList([.. GivenNameForms(x)])).All;
    }

    private readonly FormMemo<FormList> _givenNameForms = new();

    private readonly record struct FormList((string Form, int Skip)[] All);

    // Links inside a title's phrase: المتحدث باسم …، الباحث في …، المبعوث الأممي إلى اليمن.
    private static readonly HashSet<string> QualifierLinks = new(StringComparer.Ordinal) { "في", "باسم", "لدى", "عن", "ب", "الي" };

    // الطب، الحفل: a definite ordinary word that is no nisba (الساعدي) is the verb's object after a full name, not its third word.
    private bool DefiniteNoun(string x) =>
        x.StartsWith("ال", StringComparison.Ordinal) && x.Length > 3 && !x.EndsWith('ي') && !x.EndsWith("يه", StringComparison.Ordinal)
        && !CompoundEnds.Contains(x) && !IsGiven(x[2..]);

    private static bool PluralOrVerbal(string x) => Plural(x) || x.Length >= 4 && x[0] is 'ي' or 'ت';

    // عسكريين، مراقبون، مفاوضات: a plural is no name.
    private static bool Plural(string x) =>
        x.Length > 4 && (x.EndsWith("ين", StringComparison.Ordinal) || x.EndsWith("ون", StringComparison.Ordinal) || x.EndsWith("ات", StringComparison.Ordinal));

    // After a speaker's name: punctuation, إن/أن, or a preposition that opens an adverbial (في، خلال، أمام، على، عبر، لـ).
    private static bool SpeechBoundary(string[] w, int k, Func<int, bool> joined)
    {
        if (k >= w.Length || !joined(k)) return true;
        string x = w[k];
        return IsComplementizer(x) || x is "في" or "خلال" or "امام" or "علي" or "عبر" or "لدي" or "مساء" or "صباح" or "اليوم" or "امس"
            || x.Length > 3 && x[0] == 'ل'; // لوكالة، للصحفيين
    }

    // إن، أن، بأن with or without a pronoun, as normalized: what opens what was said after a speaker's name.
    private static bool IsComplementizer(string x) => x is GrammarWords.Anna or GrammarWords.AnnaHu or GrammarWords.AnnaHa or GrammarWords.BiAnna or GrammarWords.BiAnnaHu or GrammarWords.BiAnnaHa;

    // «المعروف بأبو حسن»: the nickname step gives it to the person named before.
    private bool AfterNicknameMarker(string[] w, int i) =>
        Lexicon.NicknameMarkers.Any(m => i >= m.Length - 1 && w[i - (m.Length - 1)] == m[0]);

    // What may stand between a title and the name: definite words, adjectives, a link and its complement, a noun in
    // construct before a definite word (حكومة تصريف الأعمال), the gazetteer's places and organizations (مصرف لبنان).
    private int SkipQualifiers(Document d, int k)
    {
        string[] w = d.W;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        const int MaxQualifiers = 8;
        int start = k;
        while (k < w.Length && k - start < MaxQualifiers && d.Joined(k))
        {
            string x = w[k];
            Opens opens = d.OpensAt[k];
            if ((opens & Opens.QualifierStop) != 0) break; // أن، التي: the title's phrase is over
            if (taken[k])
            {
                // A place or organization the gazetteer knows may qualify a title; a person may not.
                if (knownType[k] is null or ActorType.Person) break;
                k++;
                continue;
            }
            bool given = d.Given(k);
            bool definite = x.Length > 3 && (x.StartsWith("ال", StringComparison.Ordinal) || x.StartsWith("لل", StringComparison.Ordinal));
            // An adjective agrees with its noun: after a definite word an indefinite one is no qualifier but the name
            // (وزيرة الصحة التونسية منية …); a given name is never one.
            bool afterDefinite = k > start && (w[k - 1].StartsWith("ال", StringComparison.Ordinal) || w[k - 1].StartsWith("لل", StringComparison.Ordinal));
            // (asked only when the word is no definite word already: most qualifiers are, and need no dictionary look-up)
            bool Adjective() => (opens & Opens.AdjectiveForm) != 0 && !given && (definite || !afterDefinite);
            // مدير مستشفى …: an institution's head ends the qualifiers; what its name is, the caller decides.
            if (k > start && d.InstitutionHead(k)) break;
            bool Definite(int y) => y < w.Length && d.Joined(y) && (w[y].StartsWith("ال", StringComparison.Ordinal) || taken[y]);
            if ((opens & (Opens.LinkWord | Opens.NameLink)) != 0) break; // عبد الله حمدوك، بولد الطالب: a name starts
            if (definite && !given || Adjective()) { k++; continue; }
            // حكومة تصريف الأعمال: a chain of nouns in construct ends in a definite word (asked only of the words that get here).
            bool nextDefinite = Definite(k + 1) || k + 2 < w.Length && d.Joined(k + 1) && d.Ordinary(k + 1) && !d.Given(k + 1) && Definite(k + 2);
            // الدكتور باسم عودة: right after an honorific, باسم before an indefinite word is the given name, not "on behalf of".
            if (x == "باسم" && k > 0 && d.Joined(k) && patterns.Honorifics.Contains(w[k - 1]) && !Definite(k + 1)) break;
            if ((opens & Opens.QualifierLink) != 0 && k + 1 < w.Length && d.Joined(k + 1)) { k++; continue; }
            if (x is "احد" or "احدي" && nextDefinite) { k++; continue; }
            // أستاذة أخلاقيات الطب في …: right after a title with no article, a plural in ات before a definite word is a noun in
            // construct, the title's subject.
            if (k == start && nextDefinite && x.Length >= 6 && x.EndsWith("ات", StringComparison.Ordinal) && !given && start > 0
                && !w[start - 1].StartsWith("ال", StringComparison.Ordinal)) { k++; continue; }
            // A noun in construct: an ordinary word (not a name) before a definite word, or ل + a noun before one (لكرة القدم، لشؤون اللاجئين).
            // الناقد الكويتي ضاري الجمال: an indefinite word in ي right after a definite adjective agrees with nothing before
            // it; it is no noun in construct of the title but the name.
            // Not لمرضى السكري: a preposition on a noun.
            bool nameAfterAdjective = afterDefinite && x.EndsWith('ي') && !Plural(x) && (w[k - 1].EndsWith('ي') || w[k - 1].EndsWith("يه", StringComparison.Ordinal))
                && !(x.Length > 3 && x[0] is 'ل' or 'ب' or 'ك' && Lexicon.IsOrdinaryWord(x[1..]));
            if (nextDefinite && !given && !nameAfterAdjective && !GivenAndFamilyNisba(d, start, k) && ((opens & Opens.OrdinaryForm) != 0 || x.Length > 3 && x[0] == 'ل' && (Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) || Definite(k + 1))))
            {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    // The first word of a name: not a preposition before a noun (لكرة القدم), not an ordinary word in construct before a definite word (حكومة تصريف).
    private bool PlausibleFirstNameWord(string[] w, int first, int end)
    {
        string x = w[first];
        if (IsGiven(x) || patterns.NameLinks.Contains(x)) return true;
        // لشؤون اللاجئين: a preposition on a noun in construct before a definite word.
        if (x.Length > 3 && x[0] is 'ل' or 'ب' && first + 1 < w.Length && w[first + 1].StartsWith("ال", StringComparison.Ordinal)) return false;
        // عمليات قادسية: a plural noun is no given name.
        if (x.EndsWith("ات", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(x)) return false;
        // مهندس برمجيات، خبير اتصالات: right after a title with no article (a noun in construct), a plural in ات is its complement.
        if (x.Length >= 6 && x.EndsWith("ات", StringComparison.Ordinal) && first > 0 && !w[first - 1].StartsWith("ال", StringComparison.Ordinal) && IsTitleHead(w[first - 1])) return false;
        // لكرة (ل + كرة) but not بيار (a name, and a word of its own)
        // كنوت ليند: ك (like, as) on a word, before a second word that no dictionary knows, is a foreign name's first letter;
        // كرئيس الوزراء, كعضو stay the preposition (kind of blind19).
        if (x.Length > 3 && x[0] is 'ل' or 'ب' or 'ك' && !Lexicon.OrdinaryWords.Contains(x)
            && (Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) || x[1..].StartsWith("ال", StringComparison.Ordinal))
            && !(x[0] == 'ك' && end - first >= 2 && UnknownWord(w[first + 1]) && !x[1..].StartsWith("ال", StringComparison.Ordinal))) return false;
        if (Lexicon.OrdinaryWords.Contains(x) && first + 1 < end && w[first + 1].StartsWith("ال", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>The word itself, then without each proclitic that leaves three letters or more (والحلبي → الحلبي; للحلبي → الحلبي).</summary>
    private static IEnumerable<(string Form, int Skip)> Forms(string word)
    {
        yield return (word, 0);
        foreach (var p in Proclitics)
            if (word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal))
                yield return (word[p.Length..], p.Length);
        if (word.Length >= 5 && word.StartsWith("لل", StringComparison.Ordinal)) yield return ("ال" + word[2..], 1);
        // وللسقا، فللسقا: a conjunction, then ل on the article.
        if (word.Length >= 6 && Clitics.IsConjunction(word[0]) && word[1] == 'ل' && word[2] == 'ل') yield return ("ال" + word[3..], 2);
    }

    // أمينة سعيد: a title head that is also a given name is a title only before a definite word (أمينة المعرض).
    private bool GivenNameNotTitle(string[] w, int i, Func<int, bool> joined)
    {
        string bare = w[i].Length > 3 && Clitics.IsConjunction(w[i][0]) && !IsGiven(w[i]) ? w[i][1..] : w[i];
        return IsGiven(bare) && !(i + 1 < w.Length && joined(i + 1) && w[i + 1].StartsWith("ال", StringComparison.Ordinal));
    }

    // Whether a normalized word is a word of the gazetteer actor's name or aliases.
    private static bool IsNameOf(NameDiscoverer titles, string actorId, string word)
    {
        var gazetteer = titles.Finder.Gazetteer;
        if (!gazetteer.ById.TryGetValue(actorId, out var actor)) return true;
        return actor.Aliases.Concat(actor.FirstNames).Prepend(actor.Name).Any(a => gazetteer.Normalizer.Apply(a).Split(' ').Contains(word == AliName ? "علي" : word));
    }

    // لبن عمار، وآل مبارك: a proclitic on a name link of two letters, which Forms leaves alone (it keeps three letters or more).
    private IEnumerable<(string Form, int Skip)> LinkForms(string word)
    {
        if (word.Length is 3 or 4)
            foreach (var p in Proclitics)
                if (word.Length - p.Length == 2 && word.StartsWith(p, StringComparison.Ordinal) && patterns.NameLinks.Contains(word[p.Length..]))
                    yield return (word[p.Length..], p.Length);
    }

    private bool StartsName(string form, int i, string[] w, Func<int, bool> joined) =>
        !(i > 0 && joined(i) && (VerbParticles.Contains(w[i - 1]) || Lexicon.PlaceArticles.Contains(w[i - 1])))
        && !VesselNameAt(i, w, joined)
        && StartsNameHere(form, i, w, joined);

    // أبحرت السفينة ماري سيليست: a given name right after a definite vessel noun is the vessel's name; قبطان السفينة جون سميث
    // (a title before the noun) keeps the person.
    private bool VesselNameAt(int i, string[] w, Func<int, bool> joined) =>
        i > 0 && joined(i) && Lexicon.VesselNouns.Contains(w[i - 1]) && !(i > 1 && joined(i - 1) && IsTitleHead(w[i - 2]));

    // قد رفعت، لقد سمح: after قد a word is a verb, even one that is also a given name (رفعت، سمير is no verb but never follows قد).
    private FrozenSet<string> VerbParticles => Lexicon.VerbParticles; // [verb-particles]

    private bool StartsNameHere(string form, int i, string[] w, Func<int, bool> joined) =>
        !_stopwords.Contains(form) && !patterns.NameStops.Contains(form) && IsGiven(form) || form.Length > 4 && form.StartsWith("عبد", StringComparison.Ordinal) && IsGiven(form)
        || form is "عبد" or "ابو" && i + 2 < w.Length && joined(i + 1) && IsNameWord(w[i + 1])
        // لأبي بكر، أبا حمزة: أبو in the genitive or the accusative, before a given name (أبي alone is also "my father").
        || form is "ابي" or "ابا" && i + 2 < w.Length && joined(i + 1) && IsGiven(w[i + 1]);

    // تعتبر، يقولون، تؤكده: a verb form the word list knows, as written or without an object or plural suffix.
    private bool KnownVerbShape(string word)
    {
        if (Lexicon.IsOrdinaryWord(word)) return true;
        foreach (var suffix in VerbSuffixes)
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && Lexicon.OrdinaryWords.Contains(word.AsSpan(0, word.Length - suffix.Length)))
                return true;
        return false;
    }

    private static readonly string[] VerbSuffixes = ["ه", "ها", "هم", "هما", "ون", "ين", "وا", "ان", "ني", "نا", "كم"];

    // مستشفى الملك فهد، ملعب محمد الخامس، شارع الحبيب بورقيبة: the name belongs to a place or institution.
    private bool InsideInstitution(Document d, int first, Func<int, bool> joined)
    {
        string[] w = d.W;
        int k = first - 1;
        // مسجد السلطان صلاح الدين عبد العزيز، مستشفى الحبيب ثامر: titles, given names, links and the ends of compound names
        // may stand between the head and this word; they are the rest of the place's name.
        for (int back = 0; k >= 0 && back < 4 && joined(k + 1) && (d.OpensAt[k] & Opens.InnerNameWord) != 0; back++)
            k--;
        if (k < 0 || !joined(k + 1)) return false;
        // أستاذ الاقتصاد في جامعة الخليل سمير …: one definite word (a given name with the article) after the head of an
        // institution that a title and في stand before names the institution's place; the name after it is the title's
        // person (kind of blind19).
        if (k == first - 2 && w[first - 1].StartsWith("ال", StringComparison.Ordinal) && !InnerTitles.Contains(w[first - 1]) && RoleInPlaceBefore(w, k, joined))
            return false;
        // The head of a named place is indefinite (مستشفى الملك فهد); الرئيس التنفيذي للشركة جواو … is a title's complement.
        // في دائرتي ديما ونيورو: a dual head names two places, joined by و (kind of blind39, blind40).
        return d.InstitutionForm(k) || (d.OpensAt[k] & Opens.DualHead) != 0 && Enumerable.Range(first + 1, 3).Any(x => x < w.Length && joined(x) && w[x].Length > 2 && w[x][0] == 'و');
    }

    // الأمريكي، محلي: what SkipQualifiers asks of an adjective alone, its shape and its word (without the article) in the word list.
    private bool AdjectiveForm(string x) => x.Length > 4 && (x.EndsWith('ي') || x.EndsWith("يه", StringComparison.Ordinal))
        && Lexicon.IsOrdinaryWord(x.StartsWith("ال", StringComparison.Ordinal) ? x[2..] : x);

    // What InsideInstitution lets stand between a place's head and a name: a title, a given name (also with the article),
    // a link, the end of a compound name; decided once per form (WordOpens).
    private bool InnerNameWord(string x) => InnerTitles.Contains(x) || IsGiven(x) || patterns.NameLinks.Contains(x)
        || CompoundEnds.Contains(x) || x.Length > 4 && x.StartsWith("ال", StringComparison.Ordinal) && IsGiven(x[2..]);

    // جامعة فرحات عباس، مستشفى سعادنة عبد النور، مطار مرتالا محمد: a given name after one or two indefinite words that
    // follow the head of a place or institution is the rest of the place's name (مستشفى الشفاء محمد … is not: the
    // definite word closes the place's name, and the title rules read the person after it; nor رئيس نادي لانوس أوراسيو …).
    // أستاذ علم النبات في جامعة عدن …، الباحثة بجامعة …: a title, its complement and في or ب before the head of an
    // institution: the institution and its place are the title's, and the name after them is the person's (kind of blind18).
    private bool RoleInPlaceBefore(string[] w, int head, Func<int, bool> joined)
    {
        int k = head;
        if (!(w[head].Length > 3 && w[head][0] == 'ب' && Lexicon.InstitutionHeads.Contains(w[head][1..])))
        {
            if (head < 1 || !joined(head) || w[head - 1] is not ("في" or "لدي")) return false;
            k = head - 1;
        }
        for (int back = 1; back <= 4 && k - back >= 0 && joined(k - back + 1); back++)
            if (IsTitleHead(w[k - back])) return true;
        return false;
    }

    private bool AfterPlaceNameWords(string[] w, int first, Func<int, bool> joined, bool[] taken)
    {
        for (int j = first - 1, back = 0; j > 0 && back < 2; j--, back++)
        {
            // بمنطقة: a place noun behind a preposition is a word of the place's name here too.
            if (!joined(j + 1) || taken[j] || w[j].StartsWith("ال", StringComparison.Ordinal) || !IsNameWord(w[j]) && !UnknownWord(w[j]) && !PrepositionOnWord(w[j])) return false;
            // رئيس نادي لانوس أوراسيو كامبوس: after a title and its institution the person follows.
            // بمنطقة شهيد بينظير: the head may stand behind a preposition.
            if (joined(j) && Forms(w[j - 1]).Any(f => Lexicon.InstitutionHeads.Contains(f.Form))) return !(j >= 2 && joined(j - 1) && IsTitleHead(w[j - 2])) && !RoleInPlaceBefore(w, j - 1, joined);
        }
        return false;
    }

    // بدار الثقافة عبد القادر …، عبر مطار المنستير الحبيب …: a given name right after an indefinite place head and one definite
    // word names the place (kind of round people5); not after a title (مدير مستشفى الشفاء محمد …: the title's person).
    private bool AfterHeadAndDefinite(string[] w, int first, Func<int, bool> joined)
    {
        int k = first - 2;
        if (k < 0 || !joined(first) || !joined(k + 1) || !w[k + 1].StartsWith("ال", StringComparison.Ordinal) || w[k].StartsWith("ال", StringComparison.Ordinal)
            || !InstitutionHeadForm(w[k]) || IsTitleHead(w[k + 1])) return false;
        // مسؤول في مطار القاهرة …، رئيس نادي الزمالك …: a title up to two words before the head reads the person after it.
        for (int b = k - 1; b >= 0 && b >= k - 2 && joined(b + 1); b--)
            if (IsTitleHead(w[b]) || _titleWords.Contains(w[b])) return false;
        return true;
    }

    // بن، ولد، بولد، وابن: a name link (not the article), as written or behind a one-letter proclitic.
    private bool LinkWord(string x) =>
        x.Length is >= 2 and <= 5 && x != "ال" && (patterns.NameLinks.Contains(x) || x.Length > 3 && Clitics.IsOneLetter(x[0]) && patterns.NameLinks.Contains(x[1..]));

    // جامعة الشيخ أنتا ديوب: a surname after one or two more name words of a place or institution.
    private bool InsideInstitutionName(Document d, int first, Func<int, bool> joined, bool[] taken)
    {
        string[] w = d.W;
        for (int j = first, back = 0; j >= 0 && back <= 2; j--, back++)
        {
            if (back > 0 && (!joined(j + 1) || taken[j] || !IsNameWord(w[j]) && !InnerTitles.Contains(w[j]))) return false;
            if (InsideInstitution(d, j, joined)) return true;
        }
        return false;
    }

    // The surname alone that a full name lends to later mentions: its last word (two for نصر الله، صلاح الدين).
    private string[]? Surname(string[] name)
    {
        int words = name.Length;
        if (words < 2) return null;
        int take = CompoundEnds.Contains(name[^1]) ? 2 : 1;
        // هشام عبد الحميد → عبد الحميد، هند آل مبارك → آل مبارك، لويز دا سيلفا → دا سيلفا: a link belongs to the surname.
        // فان دير ميرفه، دي لا فوينتي: every link before it.
        while (words > take + 1 && (patterns.NameLinks.Contains(name[^(take + 1)]) || name[^(take + 1)] is "لا" or "لوس" or "لاس" && words > take + 2 && name[^(take + 2)] is "دي" or "دا")) take++;
        if (words <= take) return null;
        var surname = name[^take..];
        // بن عمار، دا سيلفا: a link of two letters leads the surname; the word after it must be a real one.
        return (patterns.NameLinks.Contains(surname[0]) ? surname[^1] : surname[0]).Length >= 3 ? surname : null;
    }

    // A shorter form of a name already found (غريفيث of مارتن غريفيث) or a longer one (محمد بن سلمان آل سعود).
    private bool IsPartOf(string[] name, string[] other)
    {
        if (name.Length == 1) return other.Length > 1 && (other[^1] == name[0] || Surname(other) is { } s && s.Length == 1 && s[0] == name[0]);
        int shorter = Math.Min(name.Length, other.Length);
        return name.Take(shorter).SequenceEqual(other.Take(shorter)) || name[^1] == other[^1] && name.Length > 1 && other.Length > 1 && name[0] == other[0];
    }

    private static bool Matches(string[] w, int i, string[] alias, Func<int, bool> joined, bool[] taken)
    {
        if (i + alias.Length > w.Length) return false;
        for (int k = 1; k < alias.Length; k++)
            if (taken[i + k] || !joined(i + k) || w[i + k] != alias[k]) return false;
        return true;
    }

    // عون alone is a name when a title stands before it or a reporting verb next to it (قال عون، الرئيس عون).
    private bool SpeechOrTitleAround(string[] w, int first, int end, Func<int, bool> joined)
    {
        if (first > 0 && joined(first) && (IsTitleHead(w[first - 1]) || Forms(w[first - 1]).Any(f => verbs.Lookup(f.Form) is not null || Lexicon.NameContexts.Contains(f.Form))))
            return true;
        // ورد الصباغ، وكان الصباغ: a word with و or ف that opens its sentence or clause is a verb (news sentences start
        // with the verb), and the name right after it is its subject.
        if (first > 0 && joined(first) && (first == 1 || !joined(first - 1)) && ClauseVerb(w[first - 1])) return true;
        // ولا تخفي يوسف، ولم يتردد …: a negated present verb, right before the name, has it as its subject.
        if (first > 1 && joined(first) && joined(first - 1) && w[first - 2] is "لا" or "لم" or "لن" or "ولا" or "ولم" or "ولن" or "فلا" or "فلم"
            && w[first - 1].Length >= 3 && w[first - 1][0] is 'ي' or 'ت' && !IsGiven(w[first - 1]))
            return true;
        if (end >= w.Length || !joined(end)) return false;
        string next = w[end];
        // جابر تتأهل: a reporting verb or an imperfect verb after the name.
        return AnyVerbForm(next)
            || next.Length >= 4 && next[0] is 'ي' or 'ت' && !IsGiven(next) && !next.EndsWith('ي') && !next.EndsWith("يه", StringComparison.Ordinal)
               && !next.EndsWith('ه') && !next.EndsWith("ات", StringComparison.Ordinal); // not an adjective (عون تنموي، عون تقني) nor a noun in ة or ات
    }

    private static readonly HashSet<string> BeingVerbs = new(StringComparer.Ordinal) { "كان", "كانت", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت", "عاد", "عادت", "ليس", "ليست" };

    // وكان، ورد، فرفض: و or ف on a word that is no name, no noun with the article, no particle.
    private bool ClauseVerb(string x) =>
        x.Length >= 3 && Clitics.IsConjunction(x[0]) && !x.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) && !IsGiven(x) && !IsGiven(x[1..])
        && (!_stopwords.Contains(x[1..]) || BeingVerbs.Contains(x[1..])) && !IsTitleHead(x) && !IsInstitutionHead(x[1..]) && !Lexicon.NotNames.Contains(x[1..]);

    private static readonly string[] PossessiveSuffixes = ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ي"];

    // بيديها، لأجلهم: a long word ending in an attached pronoun of the third person (ها، هم، هن، هما) is no name word after a role.
    private bool PronounEnding(string x) =>
        x.Length >= 5 && !IsGiven(x) && (x.EndsWith("ها", StringComparison.Ordinal) || x.EndsWith("هم", StringComparison.Ordinal) || x.EndsWith("هن", StringComparison.Ordinal));

    // فريقه، كلمتها، قراراتها: an ordinary word with a possessive suffix (ة is ت before it) is no name word.
    private bool PossessedNoun(string x)
    {
        if (x.Length < 5 || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        foreach (var suffix in PossessiveSuffixes)
        {
            if (suffix is "ي" || !x.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = x[..^suffix.Length];
            if (stem.Length < 3) continue;
            // أطفالنا، بيوتكم: نا and كم end names too (رنا، دينا، لينا), so only on a stem of four letters or more that is a
            // word as written and no given name.
            if (suffix is "نا" or "كم")
            {
                if (stem.Length >= 4 && !IsGiven(stem) && Lexicon.OrdinaryWords.Contains(stem)) return true;
                continue;
            }
            if (Lexicon.OrdinaryWords.Contains(stem) || stem[^1] == 'ت' && Lexicon.OrdinaryWords.Contains(stem[..^1] + "ه")) return true;
            // A plural in ات of a word, in ة or not (قراراتها → قرار، عملياتها → عملية).
            if (stem.Length > 4 && stem.EndsWith("ات", StringComparison.Ordinal)
                && (Lexicon.OrdinaryWords.Contains(stem[..^2] + "ه") || Lexicon.OrdinaryWords.Contains(stem.AsSpan(0, stem.Length - 2)))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal) { "تدعي", "يدعي", "اسمه", "اسمها", "ويدعي", "وتدعي" };

    // (First, End) of a full name after a role no list knows (الخباز البرتغالي دوارتي كوستا، البائعة …) or after a
    // naming word (تدعى، اسمه): two or three words that no dictionary knows (the last may be one before a clear end).
    private (int First, int End)? RoleBeforeName(Document d, int i)
    {
        string[] w = d.W;
        Opens opens = d.OpensAt[i];
        Func<int, bool> joined = d.JoinedTest;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        string x = w[i];
        int k;
        bool named = (opens & Opens.Naming) != 0;
        if (named) k = i + 1;
        else
        {
            // A definite singular noun, then up to two definite adjectives (الشاب، الإيطالي); or a role in construct with its
            // definite complement (رجل الأعمال، بائعة الخضار; [construct-roles]).
            bool construct = (opens & Opens.ConstructRole) != 0 && i + 2 < w.Length && d.Joined(i + 1) && !taken[i + 1] && w[i + 1].Length > 3
                && w[i + 1].StartsWith("ال", StringComparison.Ordinal) && d.OrdinaryForm(i + 1) && !d.InstitutionHead(i + 1);
            // قبطان قارب الأبحاث، بائع محل الأقمشة: a title in construct with an indefinite noun and that noun's definite
            // complement (a plural too); a full name of words no dictionary knows may follow (kind of blind19).
            // Cheap tests first: this is asked of every word.
            // What each of the three words must be alone is a per-form fact (ConstructTitle, ConstructNoun, ConstructComplement).
            bool titleConstruct = !construct && i + 3 < w.Length && (opens & Opens.ConstructTitle) != 0
                && d.Joined(i + 1) && d.Joined(i + 2) && !taken[i + 1] && !taken[i + 2]
                && (d.OpensAt[i + 1] & Opens.ConstructNoun) != 0 && (d.OpensAt[i + 2] & Opens.ConstructComplement) != 0
                && !(i > 0 && d.Joined(i) && taken[i - 1]);
            if (!construct && !titleConstruct && !d.RoleHead(i)) return null;
            k = construct || titleConstruct ? i + 2 : i + 1;
            if (titleConstruct) k = i + 3;
            int adjectivesFrom = k;
            // A nationality the gazetteer knows (البرتغالي) may be one of them.
            while (k < w.Length && k - adjectivesFrom < 2 && d.Joined(k) && w[k].Length > 4 && w[k].StartsWith("ال", StringComparison.Ordinal) && !Plural(w[k])
                   && (taken[k] ? knownType[k] == ActorType.Country : (d.OrdinaryForm(k) || construct && (d.OpensAt[k] & Opens.Nationality) != 0) && !d.InstitutionHead(k)))
                k++;
        }
        int first = k;
        if (first >= w.Length || !d.Joined(first) || !named && (opens & Opens.InnerTitle) != 0) return null;
        // The name loop below must take two words: both free, joined, with no article and no plural (cheap tests first).
        if (first + 1 >= w.Length || !d.Joined(first + 1) || taken[first] || taken[first + 1] || w[first].StartsWith("ال", StringComparison.Ordinal)
            || w[first + 1].StartsWith("ال", StringComparison.Ordinal) || Plural(w[first]) || Plural(w[first + 1])) return null;
        bool amma = AmmaBefore(w, i);
        // What each word must be alone is a per-form fact (PeopleFinder.NameAfterRole.cs); a later word also passes before a clear end.
        while (k < w.Length && k - first < MaxWordsAfterGivenName && d.Joined(k) && !taken[k] && !(amma && k > first && AnswerOfAmma(w[k]))
               && (k == first ? (NameAfterRoleAt(d, k) & NameAfterRole.First) != 0
                   : NameAfterRoleAt(d, k) is var later && (later & NameAfterRole.Later) != 0 && ((later & NameAfterRole.Named) != 0 || SpeechBoundary(w, k + 1, joined))))
            k++;
        int end = k;
        while (end > first + 1 && !Boundary(w, end, joined) && !SpeechBoundary(w, end, joined)) end--;
        if (end - first < 2 || !Boundary(w, end, joined) && !SpeechBoundary(w, end, joined)) return null;
        // At least one word of the name is a word no dictionary knows, or the first is a given name.
        bool unknown = d.Given(first);
        for (int y = first; y < end && !unknown; y++) unknown = UnknownWord(w[y]);
        // كنوت ليند: two words that the word list has only as a proclitic on a stem (ك + نوت، ل + يند), none of them a word as
        // written, are as foreign a name (kind of blind19).
        if (!unknown && end - first >= 2)
        {
            unknown = true;
            for (int y = first; y < end && unknown; y++) unknown = UnknownWord(w[y]) || UnwrittenNameShape(w[y]);
        }
        // Last, as the dearest test: a role inside an institution's name (مستشفى الملك …) heads no person's name.
        if (!unknown || !named && InsideInstitution(d, i + 1, joined)) return null;
        // A naming word is evidence enough; after a role, no word of the name may be a word with the article or a title.
        return (first, end);
    }

    // قبطان، بائع: what titleConstruct of RoleBeforeName asks of its title or role alone, decided once per form (WordOpens).
    private bool ConstructTitle(string x) => x.Length >= 3 && !x.StartsWith("ال", StringComparison.Ordinal) && !IsGiven(x)
        && (IsTitleHead(x) || Lexicon.ConstructRoles.Contains(x) || CanHeadRole("ال" + x));

    // قارب: what it asks of the indefinite noun after the title alone.
    private bool ConstructNoun(string x) => !x.StartsWith("ال", StringComparison.Ordinal) && Lexicon.OrdinaryWords.Contains(x) && !IsGiven(x)
        && !_stopwords.Contains(x) && !patterns.NameStops.Contains(x) && !IsInstitutionHead(x) && !Lexicon.PlaceHeads.Contains(x) && !IsTitleHead(x);

    // الأبحاث: what it asks of that noun's definite complement alone.
    private bool ConstructComplement(string x) => x.Length > 4 && x.StartsWith("ال", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(x)
        && !IsGiven(x) && !IsGiven(x[2..]) && !IsInstitutionHead(x);

    // لتطعيم، بحزن: ل or ب on a word the word list knows, the whole no word of it and no given name (a name word may not be one).
    private bool PrepositionOnNoun(string x) => x.Length >= 5 && x[0] is 'ل' or 'ب' && !IsGiven(x) && !Lexicon.OrdinaryWords.Contains(x)
        && Lexicon.OrdinaryWords.Contains(x.AsSpan(1));

    // لحوض، بقرب: ل or ب on a noun of three letters the word list knows as written (not a present verb's letter after it: ليون).
    private bool PrepositionOnShortNoun(string x) =>
        x[0] is 'ل' or 'ب' && x[1] is not ('ي' or 'ت' or 'ا') && !IsGiven(x) && !IsGiven(x[1..]) && !Lexicon.OrdinaryWords.Contains(x)
        && Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) && !Lexicon.WordNames.Contains(x[1..]);

    // أما الصياد … فيرى: أما a few words before a title or role; the ف on a verb after the name is its answer, no name word.
    private static bool AmmaBefore(string[] w, int i)
    {
        for (int b = i; b >= 0 && b >= i - 4; b--)
            if (w[b] is GrammarWords.Amma or GrammarWords.WaAmma) return true;
        return false;
    }

    // ليند، كنوت: a word the word list knows only as a one-letter proclitic on a stem, where that reading is no conjunction
    // (و، ف) and no preposition on a noun (بحزن، لعمله; ل or ب before a present verb's letter is a name's shape).
    private bool UnwrittenNameShape(string x)
    {
        if (x.Length is < 4 or > 6 || x[0] is 'و' or 'ف' || x.StartsWith("ال", StringComparison.Ordinal) || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)
            || IsWordAsWritten(x) || !Clitics.IsOneLetter(x[0]) || _stopwords.Contains(x) || IsTitleHead(x) || IsInstitutionHead(x) || Lexicon.NotNames.Contains(x))
            return false;
        string rest = x[1..];
        if (x[0] is 'ب' or 'ل' && rest[0] is not ('ي' or 'ت') && (Lexicon.OrdinaryWords.Contains(rest) || PossessedNoun(rest))) return false;
        return !AnyVerbForm(x);
    }

    // الأشجار، الأحواض: the broken plural أفعال (ال، ا، two letters, ا, one letter) names things or groups, no one's role;
    // a title of that shape (الأستاذ) is read by the title rules.
    private bool BrokenPlural(string x) =>
        x.Length == 7 && x[2] == 'ا' && x[5] == 'ا' && !IsTitleHead(x) && !patterns.Honorifics.Contains(x);

    // الطبيبة، الدكتورة: a title, or an honorific in either gender (الدكتور → الدكتوره).
    private bool TitleOrHonorific(string x) =>
        IsTitleHead(x) || patterns.Honorifics.Contains(x) || x.Length > 4 && x[^1] == 'ه' && patterns.Honorifics.Contains(x[..^1]);

    private static readonly HashSet<string> NicknameAudience = new(StringComparer.Ordinal) { "لدي", "عند", "بين", "في", "وسط" };

    // المعروف بـ«أبو علي»، الملقب بالحكيم: the one or two words after the marker.
    private (int First, int End, int Skip)? Nickname(string[] w, int after, Func<int, bool> joined, bool[] taken, Func<int, bool>? quoted = null)
    {
        foreach (var marker in Lexicon.NicknameMarkers)
        {
            int k = after;
            bool match = true;
            for (int m = 0; m < marker.Length - 1 && match; m++, k++) match = k < w.Length && w[k] == marker[m];
            if (!match || k >= w.Length) continue;
            // المعروف لدى جماهير النادي بـ"…": who knows the person by it may stand between the marker and its name.
            if (NicknameAudience.Contains(w[k]))
            {
                int g = k + 1, limit = Math.Min(w.Length - 1, k + 7); // المعروف في أوساط ألعاب القوى الكينية بـ…
                // The marker's own word (بـ"النمر") before a word that only starts like it (في مدينته باتنة بـ…).
                int exact = g;
                while (exact <= limit && joined(exact) && w[exact] != marker[^1]) exact++;
                if (exact <= limit && joined(exact)) g = exact;
                else
                    while (g <= limit && joined(g) && !w[g].StartsWith(marker[^1], StringComparison.Ordinal)) g++;
                if (g > limit || !joined(g)) continue;
                k = g;
            }
            // الذي يلقبه مشجعوه بـ"…": after a marker that ends in a verb, its subject (one or two words) stands before the nickname.
            if (w[k] != marker[^1] && !w[k].StartsWith(marker[^1], StringComparison.Ordinal) && marker.Length >= 2 && marker[^2].Length >= 4 && marker[^2][0] is 'ي' or 'ت')
            {
                int g = k + 1;
                while (g < w.Length && g <= k + 2 && joined(g) && !(w[g] == marker[^1] || w[g].StartsWith(marker[^1], StringComparison.Ordinal) && w[g].Length > marker[^1].Length + 1)) g++;
                if (g >= w.Length || g > k + 2 || !joined(g)) continue;
                k = g;
            }
            string glue = marker[^1];
            int first, skip;
            if (w[k] == glue) { first = k + 1; skip = 0; }
            else if (w[k].StartsWith(glue, StringComparison.Ordinal) && w[k].Length > glue.Length + 1) { first = k; skip = glue.Length; }
            else continue;
            if (first >= w.Length || taken[first]) return null;
            int end = first + 1;
            if (w[first][skip..] is "ابو" or "ام" && end < w.Length && joined(end) && IsNameWord(w[end])) end++;
            // بـ«الصقر الأسمر»: a nickname in quotation marks runs to the closing mark (three words at most).
            else if (skip == 0 && quoted is not null && quoted(first))
            {
                int q = end;
                while (q < w.Length && q - first < 3 && joined(q) && !taken[q] && !_stopwords.Contains(w[q])) q++;
                if (q > end && (q >= w.Length || quoted(q))) end = q;
            }
            return (first, end, skip);
        }
        return null;
    }

    private static int SentenceOf(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
