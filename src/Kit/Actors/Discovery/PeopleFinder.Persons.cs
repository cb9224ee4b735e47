using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// From found names to persons: hyphened parts joined, each full name once, nicknames after a name.
public sealed partial class PeopleFinder
{
    private void JoinHyphenedNames(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        List<Found> found = d.Found;
        // 2c. One name across a hyphen (آنا-ليزا فيرتانن): the parts found apart are one name (a part found alone takes the
        // name word after the hyphen into its span at the end: لوفيفر-دوران). A name of three words takes a fourth that no dictionary knows when a
        // punctuation mark follows it (نغوين ثي ثو ترانغ،).
        if (found.Count > 0)
        {
            var byFirst = new Dictionary<int, int>(found.Count);
            for (int x = 0; x < found.Count; x++) byFirst.TryAdd(found[x].First, x);
            var merged = new bool[found.Count];
            for (int x = 0; x < found.Count; x++)
            {
                if (merged[x]) continue;
                var f = found[x];
                int end = f.End;
                while (end < count && d.Hyphened(end))
                {
                    if (byFirst.TryGetValue(end, out int y) && y != x && !merged[y]) { merged[y] = true; end = found[y].End; }
                    else break; // a part found alone: the span takes the rest at the end (HyphenEnd), the name words stay

                }
                if (end - f.First >= 3 && end + 1 < count && d.Joined(end) && !d.Joined(end + 1) && !taken[end] && UnknownWord(w[end]) && IsNameWordAt(w, end, afterTitle: true)
                    && !Plural(w[end]) && !d.Hyphened(end + 1))
                {
                    taken[end] = true;
                    end++;
                }
                if (end != f.End) found[x] = f with { End = end };
            }
            for (int x = found.Count - 1; x >= 0; x--)
                if (merged[x]) found.RemoveAt(x);
        }
    }

    private void GroupPersons(Document d)
    {
        List<Found> found = d.Found;
        TextSpan[] original = d.Original;
        string text = d.Text;
        List<Person> people = d.People;
        Dictionary<string, int> byKey = d.ByKey;
        Dictionary<string, List<int>> byFirstWord = d.ByFirstWord;
        Dictionary<string, List<int>> byLastWord = d.ByLastWord;
        HashSet<int> familyFirst = d.FamilyFirst;
        // 3. Persons: each full name once; a single word joins the full name whose surname it is.
        for (int pass = 0; pass < 2; pass++)
            for (int x = 0; x < found.Count; x++)
            {
                var f = found[x];
                var name = NameWords(d, f);
                bool single = name.Length == 1;
                if (pass == 0 == single) continue;
                string key = string.Join(' ', name);
                int person = byKey.TryGetValue(key, out int p) ? p : PartOf(d, name);
                if (person < 0)
                {
                    people.Add(new Person(key, name) { Canonical = text[d.Start(f)..original[f.End - 1].End] });
                    person = people.Count - 1;
                    Index(byFirstWord, name[0], person);
                    Index(byLastWord, name[^1], person);
                }
                byKey[key] = person;
                // كيم سو-يون: in an East Asian name the family name comes first.
                if (f.End - f.First >= 2 && (SyllablePair(d, f.End) || SyllablePair(d, f.End - 1)) || EastAsianName(name)) familyFirst.Add(person);
                found[x] = f with { Person = person };
            }
    }

    private void FindNicknames(Document d)
    {
        string[] w = d.W;
        bool[] taken = d.Taken;
        List<Found> found = d.Found;
        List<Person> people = d.People;
        Dictionary<string, int> byKey = d.ByKey;
        // 4. Nicknames after a person's name: … المعروف بـ«أبو علي».
        foreach (var f in found.ToList())
            if (Nickname(w, AfterAge(w, f.End, d.JoinedTest), d.JoinedTest, taken, d.MarkBetween) is var (first, end, skip))
            {
                var nick = Enumerable.Range(first, end - first).Select(k => k == first ? w[k][skip..] : w[k]).ToArray();
                Take(d, new Found(first, end, skip, "nickname", people[f.Person].Canonical, f.Person));
                byKey.TryAdd(string.Join(' ', nick), f.Person);
            }
    }

    private static void Index(Dictionary<string, List<int>> index, string word, int person)
    {
        if (!index.TryGetValue(word, out var list)) index[word] = list = [];
        list.Add(person);
    }

    // The person found here whose full name this name is part of, or -1.
    private int PartOf(Document d, string[] name)
    {
        var candidates = name.Length == 1 ? d.ByLastWord.GetValueOrDefault(name[0]) : d.ByFirstWord.GetValueOrDefault(name[0]);
        if (candidates is null) return -1;
        foreach (int q in candidates)
            if (IsPartOf(name, d.People[q].Words)) return q;
        return -1;
    }

    // أبي بكر is أبو بكر: the genitive of the kunya is one name with the nominative.
    private static string[] NameWords(Document d, Found f) => Enumerable.Range(f.First, f.End - f.First).Select(k => k == f.First ? Kunya(d.W[k][f.Skip..]) : d.W[k]).ToArray();

    private static string Kunya(string x) => x is "ابي" or "ابا" ? "ابو" : x;
}
