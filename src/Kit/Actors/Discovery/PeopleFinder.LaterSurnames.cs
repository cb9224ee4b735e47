using Kit.Lexicon;

namespace Kit.Actors.Discovery;

// Later surnames: a family name the first mention cut off or ran past, which the document itself confirms later.
public sealed partial class PeopleFinder
{
    /// <summary>
    /// Surnames the first mention of a person missed, each with that person: the word right after the name found (الدكتور
    /// سالم بن حمد | الحجري) or the last but one word of a name that ran on into an ordinary word (الحارس سالم البلوشي لركلتين),
    /// when the same word stands alone later as the subject of a reporting verb or after أما (وأضاف الحجري، وقال البلوشي).
    /// </summary>
    private List<(string Word, int Person)> ConfirmedSurnames(Document d)
    {
        var result = new List<(string Word, int Person)>();
        string[] w = d.W;
        foreach (var f in d.Found)
        {
            if (f.Person < 0 || f.Person >= d.People.Count) continue;
            int length = f.End - f.First;
            // سالم بن حمد | الحجري: the word glued right after the name, when nothing but a space stands between.
            if (f.End < d.Count && d.Joined(f.End) && !d.Taken[f.End] && !d.MarkBetween(f.End) && SurnameCandidate(w[f.End], cutOff: true)
                && ConfirmedLater(d, w[f.End], f.End + 1))
                result.Add((w[f.End], f.Person));
            // سالم البلوشي | لركلتين: the last but one word of three or more, when the last one is no name (no given name, no link).
            if (length >= 3 && !IsGiven(w[f.End - 1]) && !patterns.NameLinks.Contains(w[f.End - 2]) && !patterns.NameLinks.Contains(w[f.End - 3])
                && w[f.End - 3] is not ("عبد" or "ابو") && !CompoundEnds.Contains(w[f.End - 1]) && SurnameCandidate(w[f.End - 2], cutOff: false)
                && ConfirmedLater(d, w[f.End - 2], f.End))
                result.Add((w[f.End - 2], f.Person));
        }
        return result;
    }

    // A word that may be a family name: no given name (another person's, maybe), no title, body, link or particle; an ordinary
    // word as written only in the shape of a family adjective (الحجري، الشامي), when it follows a name that stopped short.
    private bool SurnameCandidate(string x, bool cutOff) =>
        x.Length >= 3 && !IsGiven(x) && !Lexicon.WordNames.Contains(x) && !_stopwords.Contains(x) && !IsTitleHead(x) && !IsInstitutionHead(x)
        && !patterns.NameLinks.Contains(x) && x is not ("عبد" or "ابو")
        && (!cutOff || !Lexicon.OrdinaryWords.Contains(x) || x.Length >= 5 && x.StartsWith("ال", StringComparison.Ordinal) && x[^1] == 'ي');

    // The word alone, later, right after a reporting verb or أما, and no name word glued after it (وقال الحجري إن …).
    private bool ConfirmedLater(Document d, string word, int from)
    {
        string[] w = d.W;
        for (int j = Math.Max(from, 1); j < d.Count; j++)
        {
            if (w[j] != word || d.Taken[j] || !d.Joined(j)) continue;
            if (!VerbOrAmma(w[j - 1])) continue;
            if (j + 1 < d.Count && d.Joined(j + 1) && !d.Taken[j + 1] && UnknownWord(w[j + 1]) && IsNameWordAt(w, j + 1)) continue;
            return true;
        }
        return false;
    }

    // موزة، مالي، كريم: first names that are words too (word-names or dictionary words), each of the only person of two words
    // or more found here with it; the lists give no alias to such a name otherwise.
    private Dictionary<string, int> WordFirstNames(Dictionary<string, List<int>> byFirstWord, List<Person> people, HashSet<int> familyFirst)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (given, holders) in byFirstWord)
            if (holders.Count == 1 && people[holders[0]].Words.Length >= 2 && !familyFirst.Contains(holders[0]) && given.Length >= 3
                && (Lexicon.WordNames.Contains(given) || !IsGiven(given) && Lexicon.OrdinaryWords.Contains(given)) && !_stopwords.Contains(given) && given != AliName
                && !IsTitleHead(given) && !IsInstitutionHead(given) && !patterns.NameLinks.Contains(given) && given is not ("عبد" or "ابو"))
                result[given] = holders[0];
        return result;
    }

    // وقالت موزة، أما موزة: a first name that is a word is the person's only right after a reporting verb or أما, with no
    // proclitic of its own and no definite word after it (وأوضحت أمينة المعرض is a curator).
    private bool WordNameAsSubject(Document d, int i, int skip)
    {
        string[] w = d.W;
        if (skip != 0 || i == 0 || !d.Joined(i)) return false;
        if (!VerbOrAmma(w[i - 1])) return false;
        return i + 1 >= d.Count || !d.Joined(i + 1) || !w[i + 1].StartsWith("ال", StringComparison.Ordinal);
    }

    // The places a later surname or a word first name stands alone as the person: after a verb (وقال، وأضاف) or أما.
    private bool VerbOrAmma(string before) => before == GrammarWords.Amma || AnyVerbForm(before);
}
