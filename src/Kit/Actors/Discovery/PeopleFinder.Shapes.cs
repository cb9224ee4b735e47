using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names known by their shape, whatever their words mean in Arabic: before an age, East Asian syllables, regnal and classical names, Vietnamese names.
public sealed partial class PeopleFinder
{
    private void FindBeforeAges(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string n = d.N;
        var words = d.Words;
        // 2c. Two or three words no dictionary knows right before an age in brackets (لالاينا راكوتوبي (30 عاما)): a person's
        // full name; news gives an age only to people.
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || (opens[i] & Opens.UnknownName) == 0 || w[i].StartsWith("ال", StringComparison.Ordinal)) continue;
            int end = i + 1;
            while (end < count && end - i < 3 && d.Joined(end) && !taken[end] && !w[end].StartsWith("ال", StringComparison.Ordinal)
                   && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end]))
                end++;
            if (end - i < 2 || end >= count || AfterAge(w, end, d.JoinedTest) == end || !n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains('(')) continue;
            Take(d, new Found(i, end, 0, "age", w[end] + " " + w[end + 1], -1));
            i = end - 1;
        }
    }

    private void FindSyllableNames(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2f. A short family name and a given name of two syllables joined by a hyphen (كيم سو-يون، لي مين-جاي): an East
        // Asian name, whatever its words mean in Arabic; not inside the name of a place or institution.
        for (int x = 2; x < count; x++)
        {
            if (!SyllablePair(d, x) || !d.Joined(x - 1) || taken[x - 2] || taken[x - 1] || taken[x]) continue;
            string family = w[x - 2];
            if (family.Length is < 2 or > 5 || family[^1] == 'ه' || family.StartsWith("ال", StringComparison.Ordinal) || TitlePrepositions.Contains(family) || family.Any(char.IsDigit)
                || IsTitleHead(family) || IsInstitutionHead(family) || Lexicon.NotNames.Contains(family) || InsideInstitution(d, x - 2, d.JoinedTest) || d.Hyphened(x + 1)) continue;
            Take(d, new Found(x - 2, x + 1, 0, "syllables", w[x - 1] + "-" + w[x], -1));
        }
    }

    private void FindRegnalNames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2h. A regnal name: a word no dictionary knows and a definite ordinal (أمنحتب الثالث، رمسيس الثاني); not a month
        // (تشرين الأول، كانون الثاني، جمادى الآخرة), nor inside the name of a place or institution.
        for (int x = 1; x < count; x++)
        {
            if ((opens[x] & Opens.Regnal) == 0 || !d.Joined(x) || taken[x] || taken[x - 1]) continue;
            string name = w[x - 1];
            if (name.Length < 4 || !UnknownWord(name) || MonthWords.Contains(name) || !IsNameWord(name) || InsideInstitution(d, x - 1, d.JoinedTest)
                || x - 1 > 0 && d.Joined(x - 1) && (w[x - 2].StartsWith("ال", StringComparison.Ordinal) || IsInstitutionHead(w[x - 2]))) continue;
            Take(d, new Found(x - 1, x + 1, 0, "regnal", w[x], -1));
        }
    }

    private void FindAncestorNames(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        // 2j. ابن and a word no dictionary knows, not inside a name (محمد ابن …) and before a boundary: a classical name
        // known by its ancestor (لابن بطوطة، ابن خلدون).
        for (int x = 0; x + 1 < count; x++)
        {
            // Every form of a word is its end or starts with ال: only a word ending in ابن can be read as ابن.
            // (the word's own test first, by position: most words end in no ابن, and their strings are left unread)
            if ((d.OpensAt[x] & Opens.AncestorLink) == 0 || taken[x] || taken[x + 1] || !d.Joined(x + 1)) continue;
            int skip = Forms(w[x]).Where(f => f.Form == "ابن").Select(f => f.Skip).DefaultIfEmpty(-1).First();
            // رستم ابن …: bare ابن after a name word is a link inside that name (لابن, with its proclitic, never is).
            if (skip == 0 && x > 0 && d.Joined(x) && (IsGiven(w[x - 1]) || UnknownWord(w[x - 1]) || knownType[x - 1] == ActorType.Person)) continue;
            string next = w[x + 1];
            if (skip < 0 || knownType[x + 1] is not null || IsGiven(next) || !UnknownWord(next) || !IsNameWord(next) || Plural(next)) continue;
            if (!Boundary(w, x + 2, d.JoinedTest) && !SpeechBoundary(w, x + 2, d.JoinedTest) || InsideInstitution(d, x, d.JoinedTest)) continue;
            Take(d, new Found(x, x + 2, skip, "ancestor", "ابن", -1));
        }
    }

    // جلست سلمى بنت راشد الكندية: a word, بنت, a word with no article and a definite feminine nisba in ية right after a
    // verb are a woman's full name, whatever the words mean (كندية, راشد); بنت alone is also "girl", so the nisba and the
    // verb before are the evidence (kind of blind20).
    private void FindDaughterNames(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        for (int x = 1; x + 3 < count; x++)
        {
            if ((d.OpensAt[x + 1] & Opens.Daughter) == 0 || taken[x] || taken[x + 1] || taken[x + 2] || taken[x + 3]) continue; // most words are no بنت
            if (!d.Joined(x) || !d.Joined(x + 1) || !d.Joined(x + 2) || !d.Joined(x + 3)) continue;
            string first = w[x], father = w[x + 2], nisba = w[x + 3];
            if (first.Length < 3 || first.StartsWith("ال", StringComparison.Ordinal) || _stopwords.Contains(first) || father.StartsWith("ال", StringComparison.Ordinal)
                || _stopwords.Contains(father) || father.Length < 3 || !IsNameWord(father)) continue;
            if (nisba.Length < 6 || !nisba.StartsWith("ال", StringComparison.Ordinal) || !nisba.EndsWith("يه", StringComparison.Ordinal) || Plural(nisba)) continue;
            // After a verb (جلست، قالت، وصلت): the subject's place.
            string before = w[x - 1];
            if (!(IsSpeechVerb(before) || ClauseVerb(before) || before.Length >= 3 && before[^1] == 'ت' && KnownVerbShape(before))) continue;
            if (!Boundary(w, x + 4, d.JoinedTest) && !SpeechBoundary(w, x + 4, d.JoinedTest) && !TitlePrepositions.Contains(w[x + 4])) continue;
            Take(d, new Found(x, x + 4, 0, "given-name", first, -1));
        }
    }

    private void FindVietnameseNames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2i. A Vietnamese name: a short word, a middle name of the lexicon (ثي، فان) and a short word (تران ثي لان), none
        // taken, none with the article: a person's name, whatever its words mean in Arabic.
        for (int x = 1; x + 1 < count; x++)
        {
            if ((opens[x] & Opens.NameMiddle) == 0 || !d.Joined(x) || !d.Joined(x + 1) || taken[x - 1] || taken[x] || taken[x + 1]) continue;
            if (!ShortWord(w[x - 1]) || !ShortWord(w[x + 1]) || _stopwords.Contains(w[x - 1]) || TitlePrepositions.Contains(w[x - 1])
                || InsideInstitution(d, x - 1, d.JoinedTest) || !Boundary(w, x + 2, d.JoinedTest) && !SpeechBoundary(w, x + 2, d.JoinedTest)) continue;
            Take(d, new Found(x - 1, x + 2, 0, "middle", w[x], -1));
        }
    }

    private void FindEastAsianNames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2k. A Korean or Chinese name written without a hyphen: a family name of the lexicon and two short syllables (بارك مين جي،
        // يانغ تشول سو), none taken, none with the article, none a stop word (unless a family name too, لي), before a boundary:
        // a person's name, whatever its syllables mean in Arabic; not inside the name of a place or institution.
        for (int x = 0; x + 2 < count; x++)
        {
            // لتشتري لي أول حذاء: لي after a verb is ل and the pronoun; an ordinary word of four letters (حذاء، جرار) is no syllable.
            if (taken[x] || (opens[x] & Opens.EastAsianFamily) == 0 || _stopwords.Contains(w[x]) || Lexicon.PersonToldPronouns.Contains(w[x])) continue;
            bool syllables = true;
            for (int k = x + 1; k <= x + 2; k++)
                syllables &= d.Joined(k) && !taken[k] && w[k].Length is >= 2 and <= 4 && ShortWord(w[k]) && (!_stopwords.Contains(w[k]) || Lexicon.EastAsianFamilies.Contains(w[k]))
                    && !patterns.NameLinks.Contains(w[k]);
            if (!syllables || LongWordSyllable(w[x + 1]) || LongWordSyllable(w[x + 2]) || InsideInstitution(d, x, d.JoinedTest) || !Boundary(w, x + 3, d.JoinedTest) && !SpeechBoundary(w, x + 3, d.JoinedTest)) continue;
            Take(d, new Found(x, x + 3, 0, "syllables", w[x + 1] + " " + w[x + 2], -1));
            x += 2;
        }
    }

    private bool LongWordSyllable(string x) => x.Length >= 4 && Lexicon.IsOrdinaryWord(x) && !Lexicon.EastAsianFamilies.Contains(x);

    // كانغ يو نا: a name of three short words whose first is an East Asian family name stands family first (not a Vietnamese
    // name with its middle name, لي فان تام, whom wire copy calls by the last word).
    private bool EastAsianName(string[] name) =>
        name.Length == 3 && Lexicon.EastAsianFamilies.Contains(name[0]) && !Lexicon.NameMiddles.Contains(name[1]) && name.All(x => x.Length <= 5 && ShortWord(x));

    // A short word without the article: a syllable of a Vietnamese name.
    private static bool ShortWord(string x) => x.Length is >= 2 and <= 5 && !x.StartsWith("ال", StringComparison.Ordinal) && x.All(char.IsLetter);
}
