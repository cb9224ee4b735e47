using Kit.Lexicon;

namespace Kit.Actors.Discovery;

// Speech frames: a speech verb, a person noun of an occupation or description with its modifiers, then a name no list
// knows before a boundary (وقال المزارع … إن، قالت صاحبة مقهى في الحي … إن، قال قبطان السفينة …، الذي).
public sealed partial class PeopleFinder
{
    private const int MaxFrameModifiers = 8;
    private const int MaxFrameNameWords = 5;

    private void FindInSpeechFrames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        for (int i = 0; i + 3 < count; i++)
        {
            if ((opens[i] & Opens.SpeechVerb) == 0 || !d.Joined(i + 1) || taken[i + 1]) continue; // the head's own tests below ask these again
            int h = i + 1;
            bool occupation = FramePersonNoun(w[h], out bool definite);
            if (!d.Joined(h) || taken[h] || !occupation && !FrameTitleNoun(w[h], out definite)) continue;
            // The boundary: a punctuation mark, a complementizer, a relative pronoun or وهو/وهي, a few words on.
            int b = h + 1;
            while (b < count && b - h <= MaxFrameModifiers + MaxFrameNameWords && d.Joined(b) && !FrameBoundary(d, b)) b++;
            if (b - h > MaxFrameModifiers + MaxFrameNameWords) continue;
            // … يانغ مي الأربعاء إن: a day or time word before the complementizer is no name's; the name ends before it.
            int end = b;
            if (b - 1 > h + 2 && Lexicon.FrameTimeWords.Contains(w[b - 1])) b--;
            // The name: the name-shaped words right before the boundary, back to the modifiers.
            int first = b;
            while (first - 1 > h && b - (first - 1) <= MaxFrameNameWords && FrameNameWord(d, first - 1, b)) first--;
            // An indefinite word cannot qualify a definite one: the name starts right after a definite word (the person noun or
            // its last modifier: المزارع خلف …، قبطان العبارة بيكا …), or after the one word that names a place or body after its
            // head (في شارع لينين غولنارا …، في جامعة أوكلاند أروها …).
            // A link or the article word of a compound (فان، دي، العبد) is no name's first word.
            while (b - first > 2 && (!FrameNameStart(d, first, h, definite) || patterns.NameLinks.Contains(w[first]) || w[first] == "العبد")) first++;
            // بارك جون هو، تساي مينغ جيه: an East Asian family name then one or two short words before the boundary is the
            // whole name (the short syllables are often small Arabic words as written: هو، مي).
            if (EastAsianFrameStart(d, h, b) is int east and >= 0) first = east;
            if (b - first < 2 || w[first] == "الله" || patterns.NameLinks.Contains(w[first]) || w[first] == "العبد" || !FrameNameStart(d, first, h, definite)) continue;
            // The person noun in construct needs its complement; a name right after it is the complement's place.
            if (!definite && first == h + 1) continue;
            // الناطق باسم الوزارة: a title's frame has its modifiers first (the title rules read a name right after a title).
            if (!occupation && first == h + 1) continue;
            // The modifiers: no person (found by a list or a rule), verb or complementizer among them.
            bool modifiers = true;
            for (int m = h + 1; m < first && modifiers; m++)
                modifiers = !(taken[m] && d.KnownType[m] is null or ActorType.Person) && !AnyVerbForm(w[m]) && !_stopwords.Contains(w[m]) || TitlePrepositions.Contains(w[m]);
            // طلب عدم نشر اسمه: the verb of asking not to be named is no name.
            if (!modifiers || NotNamedAt(w, first, b)) continue;
            // At least one word that is no ordinary word as written, or a given name.
            bool strong = false;
            // (the dictionary reads many foreign names as a word behind a clitic: the list as written decides here).
            for (int k = first; k < b && !strong; k++)
                strong = IsGiven(w[k]) || k > first && k + 1 < b && patterns.NameLinks.Contains(w[k]) && w[k].Length >= 2 || w[k] == "العبد" && k + 1 < b && w[k + 1] == "الله" || !_stopwords.Contains(w[k]) && !Lexicon.OrdinaryWords.Contains(w[k]) && !patterns.NameLinks.Contains(w[k]);
            if (!strong) continue;
            // متحدث باسم الاتحاد … للكرة الطائرة، مكتب … للتربية والعلم: after a title, a word with لل/بال/وال is the body's name.
            if (!occupation && Enumerable.Range(first, b - first).Any(k => DefiniteBehindProclitic(w[k]))) continue;
            Take(d, new Found(first, b, 0, "title", d.Text[d.Original[h].Start..d.Original[first - 1].End], -1));
            i = end - 1;
        }
    }

    // مزارع، المزارع، ممرضة، الممرضة: a noun of [frame-person-nouns], with or without the article, either gender.
    private bool FramePersonNoun(string x, out bool definite)
    {
        definite = x.StartsWith("ال", StringComparison.Ordinal) && x.Length > 4;
        string noun = definite ? x[2..] : x;
        return Lexicon.FramePersonNouns.Contains(noun) || noun.Length > 3 && noun[^1] == 'ه' && Lexicon.FramePersonNouns.Contains(noun[..^1]);
    }

    // مديرة السياحة، رئيس نقابة …، المسؤول في مكتب …: a title head (either gender) opens a speech frame too; the frame's
    // boundary (إن، أن، a colon, الذي) and its modifiers decide as for an occupation noun.
    private bool FrameTitleNoun(string x, out bool definite)
    {
        definite = x.StartsWith("ال", StringComparison.Ordinal) && x.Length > 4;
        if (IsInstitutionHead(x) || InstitutionHeadForm(x)) return false;
        if (x.Length > 3 && Clitics.IsConjunction(x[0]) && !IsTitleHead(x)) return false;
        return IsTitleHead(x) || x.Length > 3 && x[^1] == 'ه' && IsTitleHead(x[..^1]);
    }

    // للكرة، بالتعاون، والعلم: a definite word behind لل or a one-letter proclitic (ب، و، ف، ك), as a body's name has.
    private static bool DefiniteBehindProclitic(string x) =>
        x.Length >= 5 && (x.StartsWith("لل", StringComparison.Ordinal) || x[1..].StartsWith("ال", StringComparison.Ordinal) && x[0] is 'ب' or 'و' or 'ف' or 'ك');

    private int EastAsianFrameStart(Document d, int h, int b)
    {
        for (int k = b - 3; k <= b - 2; k++)
        {
            if (k <= h + 1 || !Lexicon.EastAsianFamilies.Contains(d.W[k])) continue;
            bool ok = true;
            for (int j = k; j < b && ok; j++)
                ok = !d.Taken[j] && d.Joined(j) && d.W[j].Length <= 5 && !d.W[j].StartsWith("ال", StringComparison.Ordinal) && !TitlePrepositions.Contains(d.W[j]);
            if (ok) return k;
        }
        return -1;
    }

    // آن فان دامه: آن before a particle of a Dutch or German name is a given name, not إن.
    private bool FrameBoundary(Document d, int k) =>
        FrameBoundaryWord(d.W[k]) && !(d.W[k] == GrammarWords.Anna && k + 1 < d.Count && d.Joined(k + 1) && patterns.NameLinks.Contains(d.W[k + 1]) && d.W[k + 1].Length >= 2);

    private bool FrameBoundaryWord(string x) =>
        IsComplementizer(x) || x is GrammarWords.WaHuwa or GrammarWords.WaHiya || Lexicon.RelativePronouns.Contains(x);

    private bool FrameNameStart(Document d, int first, int head, bool definite)
    {
        // قال المزارع خلف …: right after a definite person noun; a noun in construct (سائق …) has its complement first.
        if (first - 1 == head) return definite;
        if (d.W[first].StartsWith("ال", StringComparison.Ordinal) || patterns.NameLinks.Contains(d.W[first - 1])) return false;
        string before = d.W[first - 1];
        if (before.StartsWith("ال", StringComparison.Ordinal) && before.Length > 3) return true;
        // في بلدية بيت لحم رنا …: a given name two words after the head of a place is the person's (the place's name has two words).
        if (IsGiven(d.W[first]) && first - 3 > head && !before.StartsWith("ال", StringComparison.Ordinal) && !d.W[first - 2].StartsWith("ال", StringComparison.Ordinal)
            && (Lexicon.PlaceHeads.Contains(d.W[first - 3]) || IsInstitutionHead(d.W[first - 3]))) return true;
        if (TitlePrepositions.Contains(before) || Lexicon.PlaceHeads.Contains(before) || IsInstitutionHead(before) || InstitutionHeadForm(before)) return false;
        return first - 2 > head && (Lexicon.PlaceHeads.Contains(d.W[first - 2]) || IsInstitutionHead(d.W[first - 2]) || InstitutionHeadForm(d.W[first - 2]));
    }

    // A word of a name in a speech frame: a given name, a word no dictionary knows, a definite name word, a link between
    // name words (فان، دي، بن), or العبد + الله.
    private bool FrameNameWord(Document d, int k, int b)
    {
        string[] w = d.W;
        string x = w[k];
        if (d.Taken[k] || !d.Joined(k + 1) && k + 1 < b) return false;
        if (x == "الله") return k > 0 && w[k - 1] is "العبد" or "عبد";
        if (x == "العبد") return k + 1 < b && w[k + 1] == "الله";
        if (patterns.NameLinks.Contains(x)) return k + 1 < b;
        // خلف الحمود، آنا ماكيلا: a given name that is also a small word (a preposition, a pronoun) before a word no list knows
        // as written, or a definite word that is no ordinary word (not خلف السياج، عند بوابة …).
        bool small = _stopwords.Contains(x) || patterns.NameStops.Contains(x);
        // Not a preposition before its object (من تكساس، في مرافعته).
        if (small)
            return k + 1 < b && x.Length >= 2 && !TitlePrepositions.Contains(x) && !QualifierLinks.Contains(x) && (patterns.NameLinks.Contains(w[k + 1])
                || !_stopwords.Contains(w[k + 1]) && !Lexicon.OrdinaryWords.Contains(w[k + 1]) && !patterns.NameLinks.Contains(w[k + 1])
                   && !Lexicon.IsOrdinaryWord(w[k + 1]));
        // آن فان …: a short word before a link is the given name.
        if (k + 1 < b && patterns.NameLinks.Contains(w[k + 1]) && w[k + 1].Length >= 2 && !x.StartsWith("ال", StringComparison.Ordinal)) return true;
        // ماهر السعدون، خلف الحمود، … المطيري: a definite word after an indefinite name word is the family name (a nisba too); a definite word never
        // starts the name (its start is checked after).
        // الحسين أوبلا: a definite given name before an indefinite word no list knows opens the name too.
        if (x.StartsWith("ال", StringComparison.Ordinal))
            return x.Length >= 4 && (k - 1 > 0 && !w[k - 1].StartsWith("ال", StringComparison.Ordinal) && FrameNameWord(d, k - 1, b)
                || IsGiven(x) && k + 1 < b && !w[k + 1].StartsWith("ال", StringComparison.Ordinal) && !Lexicon.IsOrdinaryWord(w[k + 1]));
        // خلف، ماهر: an indefinite word that is also an ordinary word may be a name's (the name's start is checked after).
        // بحزن وغضب: a one-letter proclitic on an ordinary word (not a given name) opens a phrase.
        if (x.Length >= 4 && x[0] is 'و' or 'ب' or 'ل' && x[1] is not ('ا' or 'ي' or 'ت') && !IsGiven(x) && !Lexicon.OrdinaryWords.Contains(x) && Lexicon.OrdinaryWords.Contains(x[1..])) return false;
        return x.Length >= 2 && !AccusativeWord(x) && !PrepositionOnWord(x) && !AnyVerbForm(x)
            && !patterns.NameStops.Contains(x) && !Lexicon.NotNames.Contains(x) && !IsTitleHead(x) && !IsInstitutionHead(x) && !Lexicon.PlaceHeads.Contains(x);
    }
}
