using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names coordinated with و beside a person found here, or two such runs after a clause opens.
public sealed partial class PeopleFinder
{
    // A word of a run of names joined by و: no article, a name word, and a given name that is no word or a word no dictionary knows.
    private bool NameRunForm(string x) =>
        !x.StartsWith("ال", StringComparison.Ordinal) && IsNameWord(x) && (IsGiven(x) && !Lexicon.WordNames.Contains(x) || UnknownWord(x));

    private void FindCoordinated(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        List<Found> found = d.Found;
        // 2g. Names coordinated with و: two or three words that no dictionary knows (or given names), right before or after a
        // person found here (بإشراك فابريس إيكامبي وسيريل أتانغانا), or two such runs after a clause's opening (بينهم X Y وZ W).
        bool NameRunWord(int k) => k >= 0 && k < count && !taken[k] && (opens[k] & Opens.NameRun) != 0;
        // The run of name words from k on, the first behind و (skip 1): its end, or -1 below two words.
        int RunAfterAnd(int k)
        {
            if (k >= count || !d.Joined(k) || taken[k] || w[k].Length < 4 || w[k][0] != 'و') return -1;
            string rest = w[k][1..];
            if (rest.StartsWith("ال", StringComparison.Ordinal) || !(IsGiven(rest) && !Lexicon.WordNames.Contains(rest) || UnknownWord(rest)) || !IsNameWord(rest)) return -1;
            int e = k + 1;
            while (e < count && e - k < MaxWordsAfterGivenName && d.Joined(e) && NameRunWord(e)) e++;
            // اللذان، الذين: a relative pronoun of the dual or plural ends the names too.
            return e - k >= 2 && (SpeechBoundary(w, e, d.JoinedTest) || Boundary(w, e, d.JoinedTest) || w[e] is "اللذان" or "اللتان" or "الذين" or "اللواتي") ? e : -1;
        }
        foreach (var f in found.ToList())
        {
            // Before: «X Y وF».
            if (f.Skip == 1 && w[f.First][0] == 'و' && f.End - f.First >= 2)
            {
                int b = f.First;
                while (b > 0 && f.First - b < MaxWordsAfterGivenName && d.Joined(b) && NameRunWord(b - 1)) b--;
                if (f.First - b >= 2 && ClauseOrPrepositionOpens(d, b) && !InsideInstitution(d, b, d.JoinedTest)) Take(d, new Found(b, f.First, 0, "coordinated", d.FoundWords(f), -1));
            }
            // After: «F وX Y».
            if (RunAfterAnd(f.End) is var after and > 0) Take(d, new Found(f.End, after, 1, "coordinated", d.FoundWords(f), -1));
        }
        for (int a = 1; a < count; a++)
        {
            if (taken[a] || !d.Joined(a) || !NameRunWord(a) || !ClauseOpens(d, a)) continue; // the word's own test first: it is the cheaper
            int e = a + 1;
            while (e < count && e - a < MaxWordsAfterGivenName && d.Joined(e) && NameRunWord(e)) e++;
            // بينهم X Y وZ W: the run may have taken وZ, a word no dictionary knows either; the first name ends before the و
            // that opens a second run.
            for (int split = a + 2; split < e; split++)
                if (RunAfterAnd(split) > 0) { e = split; break; }
            if (e - a < 2 || RunAfterAnd(e) is not (var after and > 0) || InsideInstitution(d, a, d.JoinedTest)) continue;
            Take(d, new Found(a, e, 0, "coordinated", "و", -1));
            Take(d, new Found(e, after, 1, "coordinated", "و", -1));
            a = after - 1;
        }
    }
}
