using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// A relative's name after a noun of kinship with its possessive suffix (أمي جوزفين، زوجي ويلبر).
public sealed partial class PeopleFinder
{
    private void FindAfterKinship(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        string n = d.N;
        var words = d.Words;
        // 2d. A word no dictionary knows right after a noun of kinship with its possessive suffix, before a boundary: that
        // relative's name (أمي جوزفين التي، زوجي ويلبر مات).
        for (int i = 1; i < count; i++)
        {
            if (taken[i] || !d.Joined(i) || (opens[i - 1] & Opens.Kinship) == 0) continue;
            // طبيبتي هيلين: a noun of a role with its possessive stands as a noun of kinship does ([possessed-roles]); ابنتها
            // الصغرى زينة: an adjective of age or rank may stand between the noun of kinship and the name ([kin-adjectives]).
            // After either, a given name alone is the person too.
            int kinAt = i - 1;
            bool role = !KinshipNoun(w[i - 1]) && PossessedRole(w[i - 1]);
            bool adjective = !role && i >= 2 && d.Joined(i - 1) && Lexicon.KinAdjectives.Contains(w[i - 1]) && KinshipNoun(w[i - 2]);
            if (adjective) kinAt = i - 2;
            if (!role && !adjective && !KinshipNoun(w[i - 1])) continue;
            // ابنه الأكبر آزاد سافر: after an adjective or a role, an ordinary word that is no name (the given-name rules, which
            // ran before, took it for no family name) ends the lone given name as a particle does.
            bool wordAfter = i + 1 < count && d.Joined(i + 1) && !UnknownWord(w[i + 1]) && Lexicon.IsOrdinaryWord(w[i + 1]) && !IsGiven(w[i + 1])
                && !Lexicon.WordNames.Contains(w[i + 1]) && !w[i + 1].StartsWith("ال", StringComparison.Ordinal) && !w[i + 1].EndsWith('ي');
            bool lone = (role || adjective) && IsGiven(w[i]) && !_stopwords.Contains(w[i]) && !(i + 1 < count && d.Joined(i + 1) && IsNameWord(w[i + 1]) && !_stopwords.Contains(w[i + 1]) && !wordAfter)
                // ابنته رهف، …: a name that is also a word, right after a noun of kinship and before a comma or the sentence's end.
                || !role && !adjective && Lexicon.WordNames.Contains(w[i]) && !_stopwords.Contains(w[i]) && i + 1 < count && !d.Joined(i + 1) && Boundary(w, i + 1, d.JoinedTest);
            // لوالده جميل زيدان، لشقيقته سعاد قعوار: a given name and a word no dictionary knows right after a noun of kinship
            // (behind a preposition too) are the relative's full name.
            if (!role && !adjective && IsGiven(w[i]) && !_stopwords.Contains(w[i]) && i + 1 < count && d.Joined(i + 1) && !taken[i + 1]
                && UnknownWord(w[i + 1]) && !w[i + 1].StartsWith("ال", StringComparison.Ordinal) && !KnownVerbShape(w[i + 1]) && !PronounEnding(w[i + 1])
                && knownType[kinAt] is null && (i + 2 >= count || !d.Joined(i + 2) || !IsNameWord(w[i + 2]) || Lexicon.IsOrdinaryWord(w[i + 2])))
            {
                Take(d, new Found(i, i + 2, 0, "kinship", w[kinAt], -1));
                i++;
                continue;
            }
            if (IsGiven(w[i]) && !lone || !lone && !IsNameWord(w[i], false, true)) continue;
            // أمي وعمري تسع سنوات، أبي وأخي: و on a word the lists know (or such a word with the possessive ي) joins the next
            // phrase; a relative's name follows the kinship noun with no و (زوجي ويلبر: no word after the و).
            if (w[i].Length > 3 && w[i][0] == 'و' && !IsGiven(w[i]) && w[i][1..] is var rest
                && (IsGiven(rest) || Lexicon.IsOrdinaryWord(rest) || PossessedWord(rest) || rest[^1] == 'ي' && IsGiven(rest[..^1]) || KinshipWord(rest))) continue;
            // أمي نصحتني، زوجته أخبرته: a past verb the word list knows, with its object suffix, is the relative's deed, no name.
            if (PastVerbWithObject(w[i])) continue;
            // ابنها مينه البالغ ست سنوات، ابنها تيمور (14 عاما): an age right after makes even an ordinary word the child's name.
            bool aged = i + 1 < count && d.Joined(i + 1) && w[i + 1] is "البالغ" or "البالغه"
                || AfterAge(w, i + 1, d.JoinedTest) > i + 1 && n.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Contains('(');
            if (!lone && !UnknownWord(w[i]) && !(aged && w[i].Length >= 3 && !w[i].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[i]) && !AccusativeWord(w[i]))) continue;
            // إلى جدة سيبدأ: a place the gazetteer knows (جدة) is no جد + ه, and a future verb's shape is no name.
            if (knownType[kinAt] is not null || w[i].Length >= 5 && w[i][0] == 'س' && w[i][1] is 'ي' or 'ت' or 'ن') continue;
            // إلى جدة بالسنبوك: a preposition and the article on a word (بال، لل، كال) make a phrase, no relative's name.
            if (w[i].Length >= 6 && (w[i].StartsWith("بال", StringComparison.Ordinal) || w[i].StartsWith("كال", StringComparison.Ordinal) || w[i].StartsWith("لل", StringComparison.Ordinal))) continue;
            // بنته بيديها: a word ending in an attached pronoun is no relative's name (the kinship noun was a verb's form).
            if (PronounEnding(w[i])) continue;
            // ابنته نوميديا ذات السنوات، زوجته كيارا الطريق، ابني سيوني سيتذكر: after a name no dictionary knows (or a lone
            // given name after a role or an adjective), a particle, an ordinary definite word or a verb in سـ ends it too.
            // Not جدتي علمتني الضفر: a verb the word list knows with its object suffix.
            bool loose = lone && wordAfter || (lone || UnknownWord(w[i]) && !KnownVerbShape(w[i]) && !PastVerbWithObject(w[i])) && i + 1 < count && d.Joined(i + 1)
                && (_stopwords.Contains(w[i + 1]) || w[i + 1] is "ذات" or "ذو"
                    || w[i + 1].StartsWith("ال", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(w[i + 1]) && !IsGiven(w[i + 1]) && !Lexicon.WordNames.Contains(w[i + 1])
                    || w[i + 1].Length >= 5 && w[i + 1][0] == 'س' && w[i + 1][1] is 'ي' or 'ت' or 'ن' && KnownVerbShape(w[i + 1][1..]));
            if (!loose && !Boundary(w, i + 1, d.JoinedTest) && !(i + 1 < count && Forms(w[i + 1]).Any(f => KnownVerbShape(f.Form)) && w[i + 1][0] is 'ي' or 'ت')) continue;
            Take(d, new Found(i, i + 1, 0, "kinship", w[kinAt], -1));
        }
        // ابنتها لينا ذات الأشهر الثلاثة، أمي ماريان التي: a name that is also a word, told by what follows it (KinshipNames).
        FindKinshipWordNames(d, opens);
    }

    // A word the kinship rules can read a relative's name after: a noun of kinship or a role with its possessive suffix,
    // or an adjective of age or rank ([kin-adjectives]); decided once per form (WordFacts).
    private bool KinshipStart(string x)
    {
        return _facts.TryGet(x, WordFacts.KinshipStart, out bool known) ? known
            : _facts.Remember(x, WordFacts.KinshipStart, KinshipNoun(x) || PossessedRole(x) || Lexicon.KinAdjectives.Contains(x));
    }

    // زوجته وابنته، مع زوجته وابنيهما: a second noun of kinship (its dual or plural in construct too: ابني + هما) after و
    // is one more relative, no name.
    private bool KinshipWord(string x)
    {
        if (KinshipNoun(x)) return true;
        foreach (var suffix in PossessiveSuffixes)
            if (x.Length > suffix.Length + 2 && x.EndsWith(suffix, StringComparison.Ordinal) && x[^(suffix.Length + 1)] is 'ي' or 'ا'
                && KinshipStems.Contains(x[..^(suffix.Length + 1)]))
                return true;
        return false;
    }

    // علمتني، أخذته: a past verb in ت (a word the list knows) with an object suffix.
    private bool PastVerbWithObject(string x)
    {
        foreach (var suffix in (string[])["ني", "نا", "ه", "ها", "هم"])
        {
            if (x.Length - suffix.Length < 4 || !x.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = x[..^suffix.Length];
            if (stem[^1] == 'ت' && Lexicon.OrdinaryWords.Contains(stem[..^1])) return true;
        }
        return false;
    }

    // طبيبتي، صديقه، جارتها: a noun of a role ([possessed-roles]) with its possessive suffix (ة is ت before it).
    private bool PossessedRole(string x)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (x.Length <= suffix.Length + 1 || !x.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = x[..^suffix.Length];
            if (Lexicon.PossessedRoles.Contains(stem) || stem[^1] == 'ت' && Lexicon.PossessedRoles.Contains(stem[..^1] + "ه")) return true;
        }
        return false;
    }
}
