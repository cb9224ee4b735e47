using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Tests of one word (or one title) alone that the rules ask of every word of every document: each is kept per form in
// this finder's WordFacts (WordFacts.cs), and what it decides is in the Decide… method next to it.
public sealed partial class PeopleFinder
{
    private bool IsGiven(string word)
    {
        // asked many times per word: decided once per form (WordFacts)
        return _facts.TryGet(word, WordFacts.Given, out bool known) ? known : _facts.Remember(word, WordFacts.Given, word == AliName || Lexicon.IsGivenName(word));
    }

    private bool IsNameWord(string word) => IsNameWord(word, false, false);

    // The word at k, knowing the word before: after a given name a word in ا is a family name (نجاتي سارجا), not an adverb.
    // After a title, a foreign name starting in ي or ت (تيبورسيو، يلماز) is no verb when no dictionary knows it.
    private bool IsNameWordAt(string[] w, int k, bool afterTitle = false) => IsNameWord(w[k], k > 0 && IsGiven(w[k - 1]), afterTitle);

    private bool IsNameWord(string word, bool afterGivenName, bool afterTitle)
    {
        // asked many times per word: decided once per form and context (WordFacts)
        int fact = WordFacts.NameWord + (afterGivenName ? 1 : 0) + (afterTitle ? 2 : 0);
        return _facts.TryGet(word, fact, out bool known) ? known : _facts.Remember(word, fact, DecideNameWord(word, afterGivenName, afterTitle));
    }

    private bool DecideNameWord(string word, bool afterGivenName, bool afterTitle)
    {
        if (word == AliName) return true;
        // دفاعا، رسميا: an ordinary word with the accusative ending (as written: كيارا is no ك + يار + ا).
        // Not لوكا or سيلفا: a stem of three letters is as likely a foreign name.
        if (!afterGivenName && word.Length > 4 && word[^1] == 'ا' && IsWordAsWritten(word[..^1]) && !IsGiven(word)) return false;
        if (word.Length < 2 || word.Any(char.IsDigit) || _stopwords.Contains(word) || patterns.NameStops.Contains(word)) return false;
        if (Lexicon.NotNames.Contains(word) || Lexicon.InstitutionHeads.Contains(word) || _titleWords.Contains(word)) return false;
        if (PossessedNoun(word) || PrepositionOnWord(word)) return false;
        // ستحتفظ، ستتضمن: a future verb whose present stem the word list knows (six letters or more: not سيسيه).
        if (word.Length >= 6 && FutureVerb(word, false)) return false;
        // سيدعو، ستمنح: five letters, سي/ست and a present verb the word list knows as written (kind of blind40).
        if (word.Length == 5 && FutureVerb(word, false) && Lexicon.OrdinaryWords.Contains(word.AsSpan(1)) && !Lexicon.OrdinaryWords.Contains(word)) return false;
        // مزارعو التفاح، موظفو البلدية: a participle's sound plural in construct (ون with its ن dropped) is no name word (not مارينو: no participle has ا second).
        if (word.Length >= 5 && word[0] == 'م' && word[1] != 'ا' && word[^1] == 'و' && !IsGiven(word) && Lexicon.OrdinaryWords.Contains(word.AsSpan(0, word.Length - 1))) return false;
        // A verb ends a name; و + a present verb (ويري) may well be a surname.
        if (Forms(word).Any(f => verbs.Lookup(f.Form) is { } v && (f.Skip == 0 || v.Kind != VerbFormKind.Present)) || Lexicon.NicknameMarkers.Any(m => m[0] == word))
            return false;
        // A preposition before a noun: لوكالة، بمستشفى.
        if (word.Length > 3 && word[0] is 'ل' or 'ب' && Lexicon.InstitutionHeads.Contains(word[1..])) return false;
        // A conjunction or a preposition with the article ends the name: وأحمد، والرئيس، للصحفيين، بالقاهرة.
        if (word.Length > 3 && word[0] == 'و' && (IsGiven(word[1..]) || _stopwords.Contains(word[1..]) || word[1..].StartsWith("ال", StringComparison.Ordinal)))
            return false;
        // وتقشيره: و on an ordinary noun with the pronoun ه joins a phrase, no name (not وارسمه: ا opens names too).
        if (word.Length >= 6 && word[0] == 'و' && word[1] != 'ا' && word[^1] == 'ه' && !IsGiven(word) && !IsGiven(word[1..])
            && Lexicon.OrdinaryWords.Contains(word.AsSpan(1, word.Length - 2)))
            return false;
        // خصصت، قررت: a three-letter past stem the word list knows, with the feminine ت, is no name (not سلامت; حكمت is a given name).
        if (word.Length == 4 && word[^1] == 'ت' && !IsGiven(word) && Lexicon.OrdinaryWords.Contains(word.AsSpan(0, word.Length - 1)))
            return false;
        // Not فال، وال، بالي: a word of three or four letters is as likely a name (أمادو فال).
        // بالتازار: a word that starts like بال but whose rest is no word at all is tried whole, as a name.
        bool balName = word.Length > 5 && word.StartsWith("بال", StringComparison.Ordinal) && !Lexicon.IsOrdinaryWord(word) && !Lexicon.OrdinaryWords.Contains(word.AsSpan(3))
            && !Lexicon.OrdinaryWords.Contains("ال" + word[3..]) && !IsGiven(word[3..]);
        if (word.StartsWith("لل", StringComparison.Ordinal) || word.Length > 4 && (word.StartsWith("بال", StringComparison.Ordinal) && !balName || word.StartsWith("وال", StringComparison.Ordinal)
            || word.StartsWith("فال", StringComparison.Ordinal) || word.StartsWith("كال", StringComparison.Ordinal)))
            return false;
        // An imperfect verb after a name (محمد يقول، هدى تؤكد): not a name word; after a given name or a title, only a word
        // the lists know as a verb (أرطغرل يلماز).
        if (word.Length >= 4 && word[0] is 'ي' or 'ت' && !IsGiven(word) && (!(afterGivenName || afterTitle) || word.Length < 5 || KnownVerbShape(word))) return false;
        return true;
    }

    private bool IsTitleHead(string word)
    {
        // asked many times per word: decided once per form (WordFacts)
        if (_facts.TryGet(word, WordFacts.TitleHead, out bool known)) return known;
        string bare = word.Length > 3 && Clitics.IsConjunction(word[0]) ? word[1..] : word;
        return _facts.Remember(word, WordFacts.TitleHead,
            _speakerTitleHeads.Contains(word) || _speakerTitleHeads.Contains(bare) || _titleWords.Contains(bare) && !patterns.Honorifics.Contains(bare));
    }

    // The titles of persons among the speaker titles: not the institutions, documents and sources (الجيش، البيان، مصدر).
    private readonly HashSet<string> _speakerTitleHeads = (speakerTitles ?? SpeakerTitles.Default).Titles
        .Where(t => t.Key.Length >= 3 && t.Value is null or SpeakerTitles.HintSpeaker && !NotPersonTitles.Contains(t.Key)
                    && !NotPersonTitles.Contains(ArabicNormalizer.Aggressive.Apply(t.Key)))
        .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NotPersonTitles = new(StringComparer.Ordinal)
    {
        "الجيش", "الحكومه", "اداره", "الاداره", "السلطات", "بيان", "البيان", "منظمه", "هيئه", "هييه", "الهييه", "لجنه", "بعثه", "مفوضيه", "مجلس", "وزاره", "مصدر", "المصدر", "مصادر", "المصادر",
    };

    private bool IsInstitutionHead(string word) =>
        _facts.TryGet(word, WordFacts.InstitutionHead, out bool known) ? known : _facts.Remember(word, WordFacts.InstitutionHead, DecideInstitutionHead(word));

    private bool DecideInstitutionHead(string word) =>
        Lexicon.InstitutionHeads.Contains(word) || word.StartsWith("ال", StringComparison.Ordinal) && Lexicon.InstitutionHeads.Contains(word[2..]);

    // في دائرتي …، في إقليمي …: the dual in construct (its ن dropped; ة written ت) of the head of a place or institution.
    private bool DualHeadForm(string word) =>
        Forms(word).Any(f => f.Form.Length >= 5 && f.Form[^1] == 'ي'
            && (Lexicon.InstitutionHeads.Contains(f.Form[..^1]) || f.Form[^2] == 'ت' && Lexicon.InstitutionHeads.Contains(f.Form[..^2] + "ه")));

    // A form of the word (as written or behind a proclitic) is an institution's head: decided once per form (WordFacts).
    private bool InstitutionHeadForm(string word) =>
        _facts.TryGet(word, WordFacts.InstitutionForm, out bool known) ? known
            : _facts.Remember(word, WordFacts.InstitutionForm, Forms(word).Any(f => Lexicon.InstitutionHeads.Contains(f.Form)));

    // A word that is no ordinary word, title, stop word or institution, written without the article: a foreign name's shape.
    private bool UnknownWord(string x) =>
        x.Length >= 3 && (_facts.TryGet(x, WordFacts.Unknown, out bool known) ? known : _facts.Remember(x, WordFacts.Unknown, DecideUnknownWord(x)));

    private bool DecideUnknownWord(string x) =>
        x.Length >= 3 && !x.StartsWith("ال", StringComparison.Ordinal) && !x.StartsWith("لل", StringComparison.Ordinal)
        && !_stopwords.Contains(x) && !patterns.NameStops.Contains(x) && !IsTitleHead(x) && !IsInstitutionHead(x)
        && !Lexicon.NotNames.Contains(x) && !Lexicon.IsOrdinaryWord(x) && !Forms(x).Any(f => f.Skip > 0 && (Lexicon.IsOrdinaryWord(f.Form) || IsTitleHead(f.Form)));

    // An ordinary word, but a short word is not read as a one-letter proclitic and three letters: فاتو is no ف + أتو after a title.
    private bool IsWordAsWritten(string x) =>
        _facts.TryGet(x, WordFacts.WordAsWritten, out bool known) ? known : _facts.Remember(x, WordFacts.WordAsWritten, DecideWordAsWritten(x));

    private bool DecideWordAsWritten(string x) =>
        Lexicon.IsOrdinaryWord(x) && (x.Length > 4 || !Clitics.IsOneLetter(x[0]) || Lexicon.OrdinaryWords.Contains(x));

    // ميداني، رسمي، الإعلامية: an adjective made from an ordinary word.
    private bool IsNisbaAdjective(string word) =>
        _facts.TryGet(word, WordFacts.Nisba, out bool known) ? known : _facts.Remember(word, WordFacts.Nisba, DecideNisbaAdjective(word));

    private bool DecideNisbaAdjective(string word)
    {
        if (IsGiven(word)) return false;
        string x = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        // صحافي from صحافة، ثقافي from ثقافة: the noun may end in ة (ه once normalized).
        return x.Length > 3 && (x.EndsWith('ي') && (Lexicon.IsOrdinaryWord(x[..^1]) || Lexicon.OrdinaryWords.Contains(x[..^1] + "ه"))
            || x.EndsWith("يه", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(x[..^2]));
    }

    // قال، وقالت، ويضيف: a finite reporting verb (not one that counts only before a complementizer), behind و or ف.
    // Any reading of the word (with or without its clitics) that the verb list knows, finite or not.
    private bool AnyVerbForm(string x) => Forms(x).Any(f => verbs.Lookup(f.Form) is not null);

    private bool IsSpeechVerb(string word) =>
        _facts.TryGet(word, WordFacts.SpeechVerb, out bool known) ? known : _facts.Remember(word, WordFacts.SpeechVerb, DecideSpeechVerb(word));

    private bool DecideSpeechVerb(string word)
    {
        string bare = word.Length > 3 && Clitics.IsConjunction(word[0]) ? word[1..] : word;
        return verbs.Lookup(word) is { IsFinite: true, AdjacentOnly: false } || verbs.Lookup(bare) is { IsFinite: true, AdjacentOnly: false };
    }

    // Where a name may end: punctuation, the end, a stop word, a reporting verb, a verb.
    private bool Boundary(string[] w, int k, Func<int, bool> joined)
    {
        if (k >= w.Length || !joined(k)) return true;
        string x = w[k];
        // the rest depends on the word alone: decided once per form (WordFacts)
        return _facts.TryGet(x, WordFacts.BoundaryWord, out bool known) ? known : _facts.Remember(x, WordFacts.BoundaryWord, BoundaryWord(x));
    }

    private bool BoundaryWord(string x)
    {
        // باللاعب، للصحفيين، والرئيس: a preposition or a conjunction with the article opens a new phrase.
        if (x.Length > 4 && (x.StartsWith("بال", StringComparison.Ordinal) || x.StartsWith("لل", StringComparison.Ordinal) || x.StartsWith("وال", StringComparison.Ordinal)
            || x.StartsWith("فال", StringComparison.Ordinal) || x.StartsWith("كال", StringComparison.Ordinal)))
            return true;
        return _stopwords.Contains(x) || patterns.NameStops.Contains(x) || Lexicon.NotNames.Contains(x) || AnyVerbForm(x)
            || x.Length >= 4 && x[0] is 'ي' or 'ت' && !IsGiven(x) || x is GrammarWords.Alladhi or GrammarWords.Allati || IsComplementizer(x);
    }

    // A definite singular ordinary noun that is no institution, stopword or given name: a role no list knows may start
    // with it (الخباز، البائعة). Asked of every definite word, so decided once per form (WordFacts).
    private bool CanHeadRole(string x)
    {
        if (x.Length < 5 || !x.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (_facts.TryGet(x, WordFacts.RoleHead, out bool decided)) return decided;
        // السفينة إيفر غيفن، المقاطعة …: a vessel, place or body named after its head noun is no role.
        bool can = !(Plural(x) || BrokenPlural(x) || IsInstitutionHead(x) || Lexicon.PlaceHeads.Contains(x[2..]) || _stopwords.Contains(x) || !Lexicon.IsOrdinaryWord(x) || IsGiven(x) || IsGiven(x[2..]));
        return _facts.Remember(x, WordFacts.RoleHead, can);
    }

    private bool IndefiniteTitle(string title)
    {
        return _facts.TryGet(title, WordFacts.IndefiniteTitle, out bool known) ? known : _facts.Remember(title, WordFacts.IndefiniteTitle, DecideIndefiniteTitle(title));
    }

    // مدرب، قائد، رئيس: a one-word title with no article that heads a body (not مبعوث or ممثل, who may be a person's).
    private bool DecideIndefiniteTitle(string title)
    {
        var parts = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 1) return false;
        string t = ArabicNormalizer.Aggressive.Apply(parts[0]);
        if (t.Length > 4 && t[0] == 'و') t = t[1..];
        return Lexicon.BodyHeads.Contains(t);
    }

    private bool KinshipNoun(string x)
    {
        return _facts.TryGet(x, WordFacts.KinshipNoun, out bool known) ? known : _facts.Remember(x, WordFacts.KinshipNoun, DecideKinshipNoun(x));
    }

    private static readonly HashSet<string> KinshipStems = new(StringComparer.Ordinal)
    {
        "ابن", "ابنت", "بنت", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخت", "اخو", "والد", "والدت", "حفيد", "حفيدت", "طفل", "طفلت", "ام", "ابو", "عم", "خال", "خالت", "عمت",
        "جد", "جدت",
    };

    // ابنتها، زوجه، شقيقي: a noun of kinship with a possessive suffix (ة is ت before it).
    private static bool DecideKinshipNoun(string x)
    {
        foreach (var suffix in PossessiveSuffixes)
            if (x.Length > suffix.Length + 1 && x.EndsWith(suffix, StringComparison.Ordinal) && KinshipStems.Contains(x[..^suffix.Length]))
                return true;
        return false;
    }

    private bool NounTitle(string title)
    {
        return _facts.TryGet(title, WordFacts.NounTitle, out bool known) ? known : _facts.Remember(title, WordFacts.NounTitle, DecideNounTitle(title));
    }

    // Titles that are also common nouns (the team, the brigade, the dean): one ordinary word after them is no name.
    private static readonly HashSet<string> NounTitles = new(StringComparer.Ordinal) { "الفريق", "اللواء", "العميد" };

    private static bool DecideNounTitle(string title)
    {
        string x = ArabicNormalizer.Aggressive.Apply(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
        return NounTitles.Contains(x) || x.Length > 3 && Clitics.IsConjunction(x[0]) && NounTitles.Contains(x[1..]);
    }

    // Every word that can start a name: a given name, عبد or أبو, each also behind a proclitic (وأحمد، لسلمى).
    private readonly HashSet<string> _givenNameStartSet = lexicon.MaleNames.Concat(lexicon.FemaleNames).Concat(lexicon.AnyGenderNames).Append("عبد").Append("ابو").Append("ابي").Append("ابا")
        .SelectMany(g => Proclitics.Select(p => p + g).Prepend(g)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word that can start a name (<see cref="_givenNameStartSet"/>), asked of every word: decided once per form.</summary>
    private GivenNameStarts _givenNameStarts => new(this);

    private readonly struct GivenNameStarts(PeopleFinder finder)
    {
        public bool Contains(string x)
        {
            return finder._facts.TryGet(x, WordFacts.GivenNameStart, out bool known) ? known : finder._facts.Remember(x, WordFacts.GivenNameStart, finder._givenNameStartSet.Contains(x));
        }
    }
}
