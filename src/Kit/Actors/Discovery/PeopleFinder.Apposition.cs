using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// A name set off by a comma and what it is (أمل عودة، وهي مهندسة …).
public sealed partial class PeopleFinder
{
    private void FindAppositions(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2e. A name set off by a comma and an apposition (أمل عودة، وهي مهندسة …; نسيم حيدر، صاحب مصنع …; شوخروخ عبد اللهييف،
        // القادم من …): after a clause's start, one to three name words before the comma, one of them a given name or a word
        // no dictionary knows, then وهو/وهي, a title or a definite role noun.
        for (int c = 1; c < count; c++)
        {
            if (d.Joined(c) || !d.CommaBefore(c)) continue;
            // وقالت سوك تشانثا، التي تبيع …؛ لكن صوفي لامبير، من منظمة …: a relative pronoun or من after the comma, read below
            // only right after a speech verb or لكن.
            bool relative = !Apposition(d, c);
            if (relative && w[c] is not (GrammarWords.Allati or GrammarWords.Alladhi or GrammarWords.Man)) continue;
            int first = c;
            while (first > 0 && c - first < MaxWordsAfterGivenName && !taken[first - 1] && (first == c || d.Joined(first))
                   && (IsNameWord(w[first - 1]) || first < c && InnerLink(w[first - 1])) && !d.TitleHead(first - 1) && !d.InstitutionHead(first - 1))
                first--;
            // The words before the name open a clause: a sentence or a punctuation mark, a particle, or a verb.
            while (first < c && (!ClauseOpens(d, first) || OpensClause(w[first]))) first++;
            if (first >= c || patterns.NameLinks.Contains(w[first]) || w[first].StartsWith("ال", StringComparison.Ordinal)) continue;
            // الخبير الذي انتدبته المحكمة، المهندس …: after a relative pronoun the first word is the clause's verb, no name.
            if (first > 0 && d.Joined(first) && Lexicon.RelativePronouns.Contains(w[first - 1])) continue;
            // شريفة بنت حمد: a link inside the words is a name's shape.
            if (relative)
            {
                if (c - first == 2 && SpeakerOpening(d, first) && (UnknownWord(w[first + 1]) && !IsWordAsWritten(w[first + 1]) || IsGiven(w[first]) && !Lexicon.WordNames.Contains(w[first]))
                    && !Plural(w[first]) && !Plural(w[first + 1]) && !AccusativeWord(w[first + 1]) && !InsideInstitution(d, first, d.JoinedTest))
                    Take(d, new Found(first, c, 0, "apposition", w[c], -1));
                continue;
            }
            bool link = Enumerable.Range(first + 1, Math.Max(0, c - first - 2)).Any(x => InnerLink(w[x]));
            bool evidence = link, ordinaryFirst = !link && !IsGiven(w[first]) && Lexicon.IsOrdinaryWord(w[first]);
            for (int x = first; x < c; x++) evidence |= IsGiven(w[x]) || UnknownWord(w[x]);
            if (!evidence || ordinaryFirst && !(c - first >= 2 && IsGiven(w[first + 1])) || InsideInstitution(d, first, d.JoinedTest) || !PlausibleFirstNameWord(w, first, c)) continue;
            // A word that is also a given name (أمل، جميل) alone before the comma is the word.
            if (c - first == 1 && (IsGiven(w[first]) || Lexicon.WordNames.Contains(w[first]))) continue;
            Take(d, new Found(first, c, 0, "apposition", w[c], -1));
        }
    }

    // وقالت …، لكن …: the word before the name is a speech verb or لكن, so the name is a speaker's.
    private bool SpeakerOpening(Document d, int first) =>
        first > 0 && d.Joined(first) && (IsSpeechVerb(d.W[first - 1]) || d.W[first - 1] is GrammarWords.Lakin or GrammarWords.WaLakin);
}
