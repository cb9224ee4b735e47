using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// A relative's name after a noun of kinship with its possessive suffix (أمي جوزفين، زوجي ويلبر).
public sealed partial class PeopleFinder
{
    private void FindAfterKinship(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        string n = d.N;
        IReadOnlyList<(int Start, int End)> words = d.Words;
        // 2d. A word no dictionary knows right after a noun of kinship with its possessive suffix, before a boundary: that
        // relative's name (أمي جوزفين التي، زوجي ويلبر مات).
        for (int i = 1; i < count; i++)
        {
            if (taken[i] || !d.Joined(i) || !KinshipNoun(w[i - 1]) || IsGiven(w[i]) || !IsNameWord(w[i], false, true)) continue;
            // ابنها مينه البالغ ست سنوات، ابنها تيمور (14 عاما): an age right after makes even an ordinary word the child's name.
            bool aged = i + 1 < count && d.Joined(i + 1) && w[i + 1] is "البالغ" or "البالغه"
                || AfterAge(w, i + 1, d.JoinedTest) > i + 1 && n.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Contains('(');
            if (!UnknownWord(w[i]) && !(aged && w[i].Length >= 3 && !w[i].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[i]) && !AccusativeWord(w[i]))) continue;
            // إلى جدة سيبدأ: a place the gazetteer knows (جدة) is no جد + ه, and a future verb's shape is no name.
            if (knownType[i - 1] is not null || w[i].Length >= 5 && w[i][0] == 'س' && w[i][1] is 'ي' or 'ت' or 'ن') continue;
            // إلى جدة بالسنبوك: a preposition and the article on a word (بال، لل، كال) make a phrase, no relative's name.
            if (w[i].Length >= 6 && (w[i].StartsWith("بال", StringComparison.Ordinal) || w[i].StartsWith("كال", StringComparison.Ordinal) || w[i].StartsWith("لل", StringComparison.Ordinal))) continue;
            // بنته بيديها: a word ending in an attached pronoun is no relative's name (the kinship noun was a verb's form).
            if (PronounEnding(w[i])) continue;
            if (!Boundary(w, i + 1, d.JoinedTest) && !(i + 1 < count && Forms(w[i + 1]).Any(f => KnownVerbShape(f.Form)) && w[i + 1][0] is 'ي' or 'ت')) continue;
            Take(d, new Found(i, i + 1, 0, "kinship", w[i - 1], -1));
        }
    }
}
