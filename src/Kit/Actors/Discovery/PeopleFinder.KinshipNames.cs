using Kit.Lexicon;

namespace Kit.Actors.Discovery;

// A relative's given name right after a noun of kinship with its possessive suffix, when the name is also an ordinary word
// or a given name the other kinship rules leave (ابنتها لينا ذات الأشهر الثلاثة، أمي ماريان التي، مع ابنها تامر،).
public sealed partial class PeopleFinder
{
    private void FindKinshipWordNames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        for (int i = 1; i < count; i++)
        {
            if (d.Taken[i] || !d.Joined(i) || d.KnownType[i] is not null || (opens[i - 1] & Opens.Kinship) == 0) continue;
            // ابنه الأكبر بشير: an adjective of age or rank may stand between the noun of kinship and the name.
            int kinAt = i - 1;
            if (i >= 2 && d.Joined(i - 1) && Lexicon.KinAdjectives.Contains(w[i - 1]) && KinshipNoun(w[i - 2])) kinAt = i - 2;
            if (!KinshipNoun(w[kinAt]) || d.KnownType[kinAt] is not null) continue;
            string x = w[i];
            if (!KinshipNameShape(x)) continue;
            bool given = IsGiven(x) && !Lexicon.IsOrdinaryWord(x);
            bool next = i + 1 < count && d.Joined(i + 1);
            string after = next ? w[i + 1] : "";
            // ابنتها لينا ذات الأشهر (ريتا too, though ريت+ا reads as an accusative) الثلاثة: ذات/ذو before an age noun describes a child named just before.
            bool ageOf = next && after is "ذات" or "ذو" && i + 2 < count && d.Joined(i + 2) && Lexicon.KinAgeNouns.Contains(w[i + 2]);
            // أمي ماريان التي ربتني: a relative pronoun follows a definite word only, and an indefinite one here is a name.
            bool relative = next && Lexicon.RelativePronouns.Contains(after) && (i + 2 >= count || !d.Joined(i + 2) || !IsGiven(w[i + 2]));
            // مع ابنها تامر،: after a preposition the indefinite word before a comma is neither predicate nor adjective.
            bool afterPreposition = !next && !AccusativeWord(x) && kinAt == i - 1 && kinAt >= 1 && d.Joined(kinAt) && Lexicon.KinPrepositions.Contains(w[kinAt - 1]) && !x.EndsWith('ه');
            // ابنه سامر يدرس، زوجتي لمى تنتظرني: a given name (or a name that is a word) before a verb in ي/ت.
            bool beforeVerb = next && !AccusativeWord(x) && (given || Lexicon.WordNames.Contains(x)) && after.Length >= 4 && after[0] is 'ي' or 'ت' && KnownVerbShape(after)
                && !IsGiven(after);
            bool alone = given && !AccusativeWord(x) && (!next || Boundary(w, i + 1, d.JoinedTest));
            if (!(ageOf || relative || afterPreposition || beforeVerb || alone)) continue;
            Take(d, new Found(i, i + 1, 0, "kinship", w[kinAt], -1));
        }
    }

    // A word that may be a relative's name: no particle, no definite word, no verb with its object, no و on a
    // known word (وابنته، وعمري), no word with a pronoun of the third person.
    private bool KinshipNameShape(string x) =>
        x.Length >= 3 && !_stopwords.Contains(x) && !x.StartsWith("ال", StringComparison.Ordinal) && !PronounEnding(x)
        && !PastVerbWithObject(x) && !(x[0] == 'و' && x.Length > 3 && (Lexicon.IsOrdinaryWord(x[1..]) || IsGiven(x[1..]) || KinshipWord(x[1..])))
        && !KinshipNoun(x) && !PossessedRole(x) && !Lexicon.KinAdjectives.Contains(x) && !IsTitleHead(x) && !IsInstitutionHead(x)
        && !Lexicon.NotNames.Contains(x) && !patterns.NameStops.Contains(x) && !x.All(char.IsDigit)
        && !(x.Length >= 5 && x[0] == 'س' && x[1] is 'ي' or 'ت' or 'ن');
}
