using Kit.Text;

namespace Kit.Actors.Discovery;

// Names after a role phrase that the title rules left: a role, its complement and qualifiers (طالب الدكتوراه، رئيسة
// النقابة في المصنع، الباحثة الألمانية), then two or three indefinite words closed by a clear end (a comma, إن/أن, الذي).
// An indefinite word cannot qualify the definite phrase before it, so the words are the person's name.
public sealed partial class PeopleFinder
{
    private const int MaxRoleNameWords = 3;

    private void FindAfterRolePhrases(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        for (int i = 0; i + 2 < count; i++)
        {
            if (taken[i] || (opens[i] & Opens.RolePhrase) == 0 || RolePhraseEnd(d, i) is not { } phrase) continue;
            var (k, titled) = phrase;
            if (k >= count || !d.Joined(k) || taken[k]) continue;
            if (RoleName(d, k, titled) is not { } end) continue;
            Take(d, new Found(k, end, 0, "title", d.Text[d.Original[i].Start..d.Original[k - 1].End], -1));
            i = end - 1;
        }
    }

    // A word RolePhraseEnd can take for a head (a title, a definite role noun, a role in construct); decided once per form (WordFacts).
    private bool RolePhraseStart(string x)
    {
        return _facts.TryGet(x, WordFacts.RolePhraseStart, out bool known) ? known : _facts.Remember(x, WordFacts.RolePhraseStart, DecideRolePhraseStart(x));
    }

    private bool DecideRolePhraseStart(string x) =>
        IsTitleHead(x) || DefiniteWord(x) && CanHeadRole(x.StartsWith("ال", StringComparison.Ordinal) ? x : x[1..])
        || Lexicon.ConstructRoles.Contains(x) || Lexicon.ConstructRoleHeads.Contains(x);

    // Where the role phrase that starts at i ends (the first word of the name), and whether its head is a title of the
    // lists (a definite role noun no list knows needs more of the name's words to be unknown).
    private (int First, bool Titled)? RolePhraseEnd(Document d, int i)
    {
        string[] w = d.W;
        string x = w[i];
        bool definite = DefiniteWord(x);
        // (InnerTitle of Opens: an inner title or an honorific, read by position instead of two set look-ups)
        bool titled = d.TitleHead(i) && !GivenNameNotTitle(w, i, d.JoinedTest) && (d.OpensAt[i] & Opens.InnerTitle) == 0;
        // السائحة، الفلاح: a definite singular noun no list has as a role needs a name of words no dictionary knows.
        bool role = !titled && definite && (x.StartsWith("ال", StringComparison.Ordinal) ? d.RoleHead(i) : CanHeadRole(x[1..])) && (d.OpensAt[i] & Opens.Nationality) == 0;
        // طالب الماجستير، حارس نيولز، صاحب شركة النقل: an indefinite role of the lists in construct with what follows.
        bool construct = !definite && !d.Given(i) && (titled || (d.OpensAt[i] & (Opens.ConstructRole | Opens.ConstructRoleHead)) != 0);
        if (!titled && !role && !construct) return null;
        // بن الشيخ، محمد الفلاح: part of a name; مطار الملك، بيت الشيخ، أحباب الشيخ: a title inside a place's or body's name.
        if (i > 0 && d.Joined(i) && ((d.OpensAt[i - 1] & Opens.LinkWord) != 0 || d.Given(i - 1) || d.InstitutionForm(i - 1) || d.PlaceHead(i - 1)
            || (d.OpensAt[i - 1] & Opens.InstitutionTitle) != 0 || d.Taken[i - 1] && d.KnownType[i - 1] is not ActorType.Person)) return null;
        // سفينة الأبحاث "الدكتور …": a title and a name inside quotation marks name a vessel or a brand.
        if (d.MarkBetween(i)) return null;
        int k = i + 1;
        if (!definite)
        {
            if (k >= d.Count || !d.Joined(k) || d.Taken[k] && d.KnownType[k] is null or ActorType.Person) return null;
            // مدرب "سبارتانز"، حارس نيولز: a body's one-word name in quotation marks, or a word no dictionary knows before two name words.
            if (!DefiniteWord(w[k]) && !d.Taken[k])
            {
                bool quoted = d.MarkBetween(k) && d.MarkBetween(k + 1);
                if (!quoted && !UnknownWord(w[k])) return null;
                k++;
            }
        }
        k = SkipQualifiers(d, k);
        // A role phrase needs a noun of its own after an indefinite head, and ends at no preposition (في زامبيا: its object is a place).
        if (!definite && k == i + 1 || k > i + 1 && TitlePrepositions.Contains(w[k - 1])) return null;
        // لقرية …، في إقليمي …: a place's or body's head closes the phrase; the words after it name the place.
        if (k < d.Count && (d.InstitutionForm(k - 1) || d.PlaceHead(k - 1) || (d.OpensAt[k - 1] & Opens.DualHead) != 0)) return null;
        // طالب الماجستير: a role of [construct-roles] closed by its complement is as sure a frame as a title.
        return (k, titled || construct);
    }

    // The end of two or three name words at first, closed by a clear end, or null.
    private int? RoleName(Document d, int first, bool titled)
    {
        string[] w = d.W;
        // Two name words at least: the first has no article (RoleNameWord), and a free word is joined after it.
        if (w[first].StartsWith("ال", StringComparison.Ordinal) || first + 1 >= d.Count || !d.Joined(first + 1) || d.Taken[first + 1]) return null;
        int k = first, nameWords = 0;
        bool evidence = false, allNames = true, accusative = false, plainUnknown = false;
        while (k < d.Count && d.Joined(k) && !d.Taken[k] && nameWords <= MaxRoleNameWords)
        {
            string x = w[k];
            bool link = k > first && x.Length >= 2 && x != "ال" && (d.OpensAt[k] & Opens.NameLink) != 0;
            if (link) { k++; continue; }
            // What the word is alone is a per-form fact (PeopleFinder.NameAfterRole.cs).
            var facts = NameAfterRoleAt(d, k);
            if (!RoleNameWord(d, k, first, facts)) break;
            bool named = (facts & NameAfterRole.RoleNamed) != 0;
            evidence |= named;
            allNames &= named || x.StartsWith("ال", StringComparison.Ordinal);
            accusative |= (facts & NameAfterRole.RoleAccusative) != 0;
            plainUnknown |= (facts & NameAfterRole.RolePlainUnknown) != 0;
            nameWords++;
            k++;
        }
        if (nameWords is < 2 or > MaxRoleNameWords || patterns.NameLinks.Contains(w[k - 1])) return null;
        // The words and the role stand in one sentence (not a headline's last words before a dateline's place), closed by a clear end.
        if (!ClearNameEnd(w, k, d.JoinedTest) || NewLineBetween(d, first - 1, k - 1) || k < d.Count && d.Text.AsSpan(d.Original[k - 1].End, Math.Min(3, d.Text.Length - d.Original[k - 1].End)).Contains('(')
            && !titled) return null;
        // هانتا راكوتومالالا: a word in ا counts beside a word no dictionary knows in any form (قاربا سياحيا، سليم تقريبا are an object or a state).
        if (accusative && !plainUnknown || VerbAndObject(true, w, first, k)) return null; // الفريق لعب جيدا: a verb and its object
        return titled && evidence || allNames && evidence ? k : null;
    }

    // Whether a line break stands anywhere from word a to word b: a headline and the first line are two sentences.
    private static bool NewLineBetween(Document d, int a, int b) =>
        a >= 0 && d.Text.AsSpan(d.Original[a].Start, d.Original[b].End - d.Original[a].Start).IndexOfAny('\n', '\r') >= 0;

    // A word of a name after a role phrase: a given name, or an indefinite word that is no particle, verb, plural, title,
    // body, phrase or adjective; a definite word only after a given name or a link (أشرف أبو العلا، محمود الشيخ) or as a nisba family name.
    private static bool RoleNameWord(Document d, int k, int first, NameAfterRole facts)
    {
        if ((facts & NameAfterRole.RoleNameForm) == 0) return false;
        if (!d.W[k].StartsWith("ال", StringComparison.Ordinal)) return true;
        return k > first && (d.Given(k - 1) || (d.OpensAt[k - 1] & Opens.NameLink) != 0 || (facts & NameAfterRole.NisbaFamilyName) != 0);
    }

    // What RoleNameWord asks of the word alone (for a definite word, all but what stands before it): decided once per form (WordFacts).
    private bool RoleNameForm(string x) =>
        _facts.TryGet(x, WordFacts.RoleNameForm, out bool known) ? known : _facts.Remember(x, WordFacts.RoleNameForm, DecideRoleNameForm(x));

    private bool DecideRoleNameForm(string x)
    {
        if (x.Length < 2 || x.Any(char.IsDigit) || _stopwords.Contains(x) || patterns.NameStops.Contains(x) || Lexicon.NotNames.Contains(x)) return false;
        if (x.StartsWith("ال", StringComparison.Ordinal))
            return x.Length > 3 && !Plural(x) && !IsInstitutionHead(x) && !IsTitleHead(x) && !Lexicon.PlaceHeads.Contains(x[2..]);
        if (IsGiven(x)) return true;
        // للسطح، بالمياه، والرئيس: a preposition or a conjunction on the article opens a phrase.
        if (x.Length > 3 && (x.StartsWith("لل", StringComparison.Ordinal) || x[0] is 'ب' or 'و' or 'ف' or 'ك' && x.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))) return false;
        // أوغستين: a word in ين or ون that no dictionary knows in any form is a name's end, not a plural.
        if (Plural(x) && !UnknownWord(x) || PossessedNoun(x) || PronounEnding(x) || PrepositionOnWord(x) || ProcliticOnNoun(x) || ConjoinedWord(x) || KinshipNoun(x)) return false;
        if (IsTitleHead(x) || IsInstitutionHead(x) || Lexicon.PlaceHeads.Contains(x) || FutureVerb(x, false) || VerbWithObject(x)) return false;
        // فسنربح، فقد، وكان: و or ف on a word as written or on a future verb.
        if (x.Length > 3 && x[0] is 'و' or 'ف' && (IsWordAsWritten(x[1..]) || FutureVerb(x[1..], true))) return false;
        // يعرف، تقارب: a present verb's letter on a word the list has as written; تشيا ساريث (only through a stem) may be a name.
        if (x.Length >= 4 && x[0] is 'ي' or 'ت' && (Lexicon.OrdinaryWords.Contains(x) || KnownVerbShape(x) && !Lexicon.IsOrdinaryWord(x))) return false;
        // انتظروا، جاؤوا: a past verb of the plural on a stem the list knows.
        if (x.Length >= 5 && x.EndsWith("وا", StringComparison.Ordinal) && !IsGiven(x) && KnownVerbShape(x)) return false;
        // صارت، باتت: a past verb with the feminine ت.
        if (x.Length >= 4 && x[^1] == 'ت' && Lexicon.OrdinaryWords.Contains(x.AsSpan(0, x.Length - 1))) return false;
        return !AnyVerbForm(x);
    }

    // After a name: punctuation, the end, إن/أن, الذي/التي, قد, a reporting verb, or a present verb no list takes for a name.
    private bool ClearNameEnd(string[] w, int k, Func<int, bool> joined)
    {
        if (k >= w.Length || !joined(k)) return true;
        string x = w[k];
        return IsComplementizer(x) || x is GrammarWords.Alladhi or GrammarWords.Allati or "قد" || IsSpeechVerb(x)
            || x.Length >= 4 && x[0] is 'ي' or 'ت' && !IsGiven(x) && !UnknownWord(x);
    }
}
