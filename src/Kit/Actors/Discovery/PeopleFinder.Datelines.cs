using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Words that look like names and are not: a dateline's city, a preposition spelled like a given name.
public sealed partial class PeopleFinder
{
    // Whether the places hold the word without its first letter. A dateline names one or two: they are compared one by one,
    // with no copy of the word's rest for every such word of the document.
    private static bool HoldsAfterProclitic(HashSet<string> places, string word)
    {
        if (places.Count > 4) return places.Contains(word[1..]);
        foreach (string place in places)
            if (word.AsSpan(1).SequenceEqual(place)) return true;
        return false;
    }

    private void MarkDatelinePlaces(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        string n = d.N;
        var words = d.Words;
        // بورتو (البرتغال)، 6 تشرين …; أنجمينا، 12 تموز …: a word before a country in brackets, or opening a paragraph before a
        // comma and a day, is a dateline's city: a place wherever it stands, also behind a proclitic (بأنجمينا).
        var datelinePlaces = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k + 1 < count && k < 80; k++) // a dateline opens the article
        {
            if (knownType[k] is not null || w[k].Length < 3) continue;
            bool opens = words[k].Start == 0 || n[words[k].Start - 1] == '\n'; // a dateline starts its line
            if (!opens) continue;
            if (!IsGiven(w[k]) && DatelineAfter().IsMatch(n.AsSpan(words[k].End, Math.Min(60, n.Length - words[k].End)))) datelinePlaces.Add(w[k]);
            // لوانغ برابانغ (لاوس) (أ ف ب) -: a city of two words, none a word as written, before a country in brackets and an
            // agency's bracket or a dash, is a dateline's city too, both words (kind of blind20).
            else if (d.Joined(k + 1) && knownType[k + 1] is null && NoWordAsWritten(w[k]) && NoWordAsWritten(w[k + 1])
                     && DatelineOfTwo().IsMatch(n.AsSpan(words[k + 1].End, Math.Min(60, n.Length - words[k + 1].End))))
            {
                datelinePlaces.Add(w[k]);
                datelinePlaces.Add(w[k + 1]);
            }
            // سانتياغو دي لوس كاباييروس (جمهورية الدومينيكان)، 3 شباط …: three to five words opening a line before a country in
            // brackets, a comma and the day are the dateline's city, even name-shaped ones; those words here only (kind of blind30).
            else
                for (int m = k + 2; m < count && m <= k + 4 && d.Joined(k + 1) && d.Joined(m) && knownType[m] is null; m++)
                    if (DatelineOfMany().IsMatch(n.AsSpan(words[m].End, Math.Min(60, n.Length - words[m].End))))
                    {
                        for (int x = k; x <= m; x++) { taken[x] = true; knownType[x] = ActorType.City; }
                        break;
                    }
        }
        if (datelinePlaces.Count > 0)
            for (int k = 0; k < count; k++)
                if (knownType[k] is null && (datelinePlaces.Contains(w[k]) || w[k].Length > 4 && w[k][0] is 'ب' or 'ل' or 'و' or 'ف' && HoldsAfterProclitic(datelinePlaces, w[k])))
                {
                    taken[k] = true;
                    knownType[k] = ActorType.City; // a place: it closes an institution's name after a title (مدير محطة …)
                }
    }

    private static void MarkPrepositionSpellings(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        TextSpan[] original = d.Original;
        string text = d.Text;
        // طلب مني: a given name in ى (منى) written with ي is a preposition with its pronoun, as علي is beside على.
        for (int i = 0; i < count; i++)
            if ((opens[i] & Opens.PrepositionSpelling) != 0 && text[original[i].End - 1] == 'ي') taken[i] = true;
    }

    // After a dateline's city: a country in brackets or not, then a comma and the day (بورتو (البرتغال)، 6 …; أنجمينا، 12 …).
    // The three patterns here are generated at build, so no regex is parsed, emitted and compiled when a run starts.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\([^()\n]{2,40}\)\s*)?[،,]\s*\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DatelineAfter();

    // Given names in ى whose spelling with ي is a preposition and its pronoun (منى / مني "from me").
    private bool NoWordAsWritten(string x) =>
        x.Length >= 3 && !x.StartsWith("ال", StringComparison.Ordinal) && !Lexicon.OrdinaryWords.Contains(x) && !IsWordAsWritten(x) && !_stopwords.Contains(x);

    // After a city of two words: a country in brackets (no digits: no age), then an agency in brackets or a dash.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\([^()\n\d]{2,30}\)\s*(\(|-|–|[،,]\s*\d)")]
    private static partial System.Text.RegularExpressions.Regex DatelineOfTwo();

    // After a city of three words or more: a country in brackets (no digits), then a comma and the day.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\([^()\n\d]{2,30}\)\s*[،,]\s*\d")]
    private static partial System.Text.RegularExpressions.Regex DatelineOfMany();

    private static readonly HashSet<string> PrepositionSpellings = new(StringComparer.Ordinal) { "مني" };
}
