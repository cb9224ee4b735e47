using Kit.Analysis;
using Kit.Normalization;
using Kit.Quotes;
using Kit.Text;

namespace Kit.Actors.Discovery;

/// <summary>
/// Finds the people of a document that the gazetteer does not know, with the evidence for each mention:
/// <list type="bullet">
/// <item>title: a name right after a title or role (المبعوث الأممي مارتن غريفيث; <see cref="NameDiscoverer"/>);</item>
/// <item>given name: a given name of Data/person-names.txt and one to three name words after it (هدى الحلبي، محمد بن سلمان);</item>
/// <item>nickname: the name after «المعروف بـ» that follows a person's name;</item>
/// <item>surname: once a full name is found, its surname (or the full name again) anywhere in the document, behind its proclitics (وغريفيث، لغريفيث).</item>
/// </list>
/// Traps: a name after the head of a place or institution (مستشفى الملك فهد، ملعب محمد الخامس) is no person; a
/// surname that is also an ordinary word (عون، سلامة) counts alone only next to a title or a reporting verb.
/// Everything is per document and linear in its words.
/// </summary>
public sealed class PeopleFinder(TitlePatterns patterns, NameLexicon lexicon, ReportingVerbs verbs)
{
    private const int MaxWordsAfterGivenName = 3;

    // Proclitics that can stand before a name, longest first (وبغريفيث، لغريفيث، فغريفيث).
    private static readonly string[] Proclitics = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    // Second halves of compound names: the surname of حسن نصر الله is نصر الله, not الله.
    private static readonly HashSet<string> CompoundEnds = new(StringComparer.Ordinal) { "الله", "الدين", "الرحمن", "الرحيم" };

    // Titles that stand inside an institution's name before a person's name (مستشفى الملك فهد).
    private static readonly HashSet<string> InnerTitles = new(StringComparer.Ordinal) { "الملك", "الامير", "الشيخ", "الرئيس", "الامام", "السلطان", "الشهيد", "السيده", "السيد" };

    public static PeopleFinder Default => DefaultLazy.Value;

    private static readonly Lazy<PeopleFinder> DefaultLazy = new(() => new PeopleFinder(TitlePatterns.Default, NameLexicon.Default, ReportingVerbs.Default));

    public NameLexicon Lexicon { get; } = lexicon;

    private readonly WordList _stopwords = KitAnalyzer.Default.Stopwords;

    private readonly HashSet<string> _titleWords = patterns.Titles.Concat(patterns.TitlesOf).Select(t => t[0])
        .Concat(patterns.Honorifics).ToHashSet(StringComparer.Ordinal);

    /// <summary>A found name: words First..End (exclusive), letters of a proclitic to skip on the first word, the rule and its detail.</summary>
    private readonly record struct Found(int First, int End, int Skip, string Rule, string Detail, int Person);

    private sealed class Person(string key, string[] words)
    {
        public string Key { get; } = key;

        public string[] Words { get; set; } = words;

        public string Canonical { get; set; } = "";
    }

    internal IReadOnlyList<Mention> Find(string documentId, string text, NormalizedText normalized, IReadOnlyList<(int Start, int End)> words,
        int[] sentenceStarts, IReadOnlyList<Mention> known, NameDiscoverer titles)
    {
        int count = words.Count;
        string n = normalized.Text;
        var w = new string[count];
        var original = new TextSpan[count];
        for (int i = 0; i < count; i++)
        {
            w[i] = n[words[i].Start..words[i].End];
            original[i] = normalized.ToOriginal(words[i].Start, words[i].End);
        }
        bool Joined(int i) => i > 0 && i < count && string.IsNullOrWhiteSpace(n[words[i - 1].End..words[i].Start]);
        int WordOf(int offset)
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (original[mid].End <= offset) lo = mid + 1;
                else if (original[mid].Start > offset) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        // Words the gazetteer already names are no one's new name.
        var taken = new bool[count];
        foreach (var m in known)
            for (int k = Math.Max(0, WordOf(m.Start)); k >= 0 && k < count && original[k].Start < m.End; k++) taken[k] = true;

        var found = new List<Found>();
        void Take(Found f)
        {
            found.Add(f);
            for (int k = f.First; k < f.End; k++) taken[k] = true;
        }

        // 1. Names after titles.
        foreach (var c in titles.Find(documentId, text, known))
        {
            if (!c.IsNew) continue;
            int first = WordOf(c.Start), end = WordOf(c.End - 1) + 1;
            if (first < 0 || end <= first || Enumerable.Range(first, end - first).Any(k => taken[k])) continue;
            if (InsideInstitution(w, first, Joined) || Lexicon.NotNames.Contains(w[first])) continue;
            // A lone word after a title that is an ordinary word (الرئيس عون is a name, الرئيس نفسه is not) needs no more: the title is the evidence.
            Take(new Found(first, end, 0, "title", c.Title, -1));
        }

        // 2. Given names and the name words after them.
        for (int i = 0; i < count; i++)
        {
            if (taken[i]) continue;
            foreach (var (form, skip) in Forms(w[i]))
            {
                if (!StartsName(form, i, w, Joined)) continue;
                int j = i + 1, nameWords = 0;
                if (form is "عبد" or "ابو" && j < count && Joined(j)) j++; // عبد الله، أبو بكر: the given name is two words
                while (j < count && nameWords < MaxWordsAfterGivenName && Joined(j) && !taken[j] && IsNameWord(w[j]))
                {
                    if (!patterns.NameLinks.Contains(w[j])) nameWords++;
                    j++;
                }
                while (j > i + 1 && patterns.NameLinks.Contains(w[j - 1])) { j--; }
                if (nameWords == 0) continue;
                // A given name that is also a word (أمل، سعيد) needs a second given name, a link or a family name with ال after it.
                if (Lexicon.WordNames.Contains(form) && nameWords == 1 && !Lexicon.IsGivenName(w[i + 1]) && !patterns.NameLinks.Contains(w[i + 1])
                    && !w[i + 1].StartsWith("ال", StringComparison.Ordinal))
                    continue;
                if (InsideInstitution(w, i, Joined)) { i = j - 1; break; }
                Take(new Found(i, j, skip, "given-name", form, -1));
                i = j - 1;
                break;
            }
        }

        // 3. Persons: each full name once; a single word joins the full name whose surname it is.
        var people = new List<Person>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] NameWords(Found f) => Enumerable.Range(f.First, f.End - f.First).Select(k => k == f.First ? w[k][f.Skip..] : w[k]).ToArray();
        for (int pass = 0; pass < 2; pass++)
            for (int x = 0; x < found.Count; x++)
            {
                var f = found[x];
                var name = NameWords(f);
                bool single = name.Length == 1;
                if (pass == 0 == single) continue;
                string key = string.Join(' ', name);
                int person = byKey.TryGetValue(key, out int p) ? p
                    : people.FindIndex(q => IsPartOf(name, q.Words));
                if (person < 0)
                {
                    people.Add(new Person(key, name) { Canonical = text[Start(f)..original[f.End - 1].End] });
                    person = people.Count - 1;
                }
                byKey[key] = person;
                found[x] = f with { Person = person };
            }

        // 4. Nicknames after a person's name: … المعروف بـ«أبو علي».
        foreach (var f in found.ToList())
            if (Nickname(w, f.End, Joined, taken) is var (first, end, skip))
            {
                var nick = Enumerable.Range(first, end - first).Select(k => k == first ? w[k][skip..] : w[k]).ToArray();
                Take(new Found(first, end, skip, "nickname", people[f.Person].Canonical, f.Person));
                byKey.TryAdd(string.Join(' ', nick), f.Person);
            }

        // 5. Propagation: the full names and surnames again, anywhere in the document.
        var aliases = new Dictionary<string, List<(string[] Words, int Person, bool Surname)>>(StringComparer.Ordinal);
        void Alias(string[] alias, int person, bool surname)
        {
            if (alias.Length == 0 || alias[0].Length < 2) return;
            if (!aliases.TryGetValue(alias[0], out var list)) aliases[alias[0]] = list = [];
            if (!list.Any(a => a.Words.SequenceEqual(alias))) list.Add((alias, person, surname));
        }
        foreach (var (key, person) in byKey) Alias(key.Split(' '), person, false);
        for (int p = 0; p < people.Count; p++)
            if (Surname(people[p].Words) is { } surname) Alias(surname, p, true);
        foreach (var list in aliases.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        for (int i = 0; i < count; i++)
        {
            if (taken[i]) continue;
            foreach (var (form, skip) in Forms(w[i]))
            {
                if (!aliases.TryGetValue(form, out var list)) continue;
                var hit = list.FirstOrDefault(a => Matches(w, i, a.Words, Joined, taken));
                if (hit.Words is null) continue;
                int end = i + hit.Words.Length;
                bool ambiguous = hit.Words.Length == 1 && (Lexicon.WordNames.Contains(form) || Lexicon.IsGivenName(form) || _stopwords.Contains(form));
                if (ambiguous && !SpeechOrTitleAround(w, i, end, Joined)) continue;
                if (InsideInstitution(w, i, Joined)) continue;
                Take(new Found(i, end, skip, hit.Surname ? "surname" : "full-name", people[hit.Person].Canonical, hit.Person));
                i = end - 1;
                break;
            }
        }

        var mentions = new List<Mention>(found.Count);
        foreach (var f in found.OrderBy(f => f.First))
        {
            int start = Start(f), end = original[f.End - 1].End;
            var person = people[f.Person];
            mentions.Add(new Mention(documentId, MentionOrigin.DiscoveredIdPrefix + person.Canonical, ActorType.Person, text[start..end], start, end,
                SentenceOf(sentenceStarts, start), MentionKind.Name)
            {
                Origin = MentionOrigin.Discovered,
                Evidence = f.Rule switch
                {
                    "title" => $"title: a name after «{f.Detail}»",
                    "given-name" => $"given-name: «{f.Detail}» and the name words after it",
                    "nickname" => $"nickname: of «{f.Detail}», after المعروف بـ",
                    "surname" => $"surname: of «{f.Detail}», named in full in the document",
                    _ => $"full-name: «{f.Detail}» again",
                },
            });
        }
        return mentions;

        int Start(Found f) => f.Skip == 0 ? original[f.First].Start : normalized.ToOriginal(words[f.First].Start + f.Skip, words[f.First].End).Start;
    }

    /// <summary>The word itself, then without each proclitic that leaves three letters or more (والحلبي → الحلبي; للحلبي → الحلبي).</summary>
    private static IEnumerable<(string Form, int Skip)> Forms(string word)
    {
        yield return (word, 0);
        foreach (var p in Proclitics)
            if (word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal))
                yield return (word[p.Length..], p.Length);
        if (word.Length >= 5 && word.StartsWith("لل", StringComparison.Ordinal)) yield return ("ال" + word[2..], 1);
    }

    private bool StartsName(string form, int i, string[] w, Func<int, bool> joined) =>
        !_stopwords.Contains(form) && !patterns.NameStops.Contains(form) && Lexicon.IsGivenName(form) || form.Length > 4 && form.StartsWith("عبد", StringComparison.Ordinal) && Lexicon.IsGivenName(form)
        || form is "عبد" or "ابو" && i + 2 < w.Length && joined(i + 1) && IsNameWord(w[i + 1]);

    private bool IsNameWord(string word)
    {
        if (word.Length < 2 || word.Any(char.IsDigit) || _stopwords.Contains(word) || patterns.NameStops.Contains(word)) return false;
        if (Lexicon.NotNames.Contains(word) || Lexicon.InstitutionHeads.Contains(word) || _titleWords.Contains(word)) return false;
        if (Forms(word).Any(f => verbs.Lookup(f.Form) is not null) || Lexicon.NicknameMarkers.Any(m => m[0] == word)) return false;
        // A preposition before a noun: لوكالة، بمستشفى.
        if (word.Length > 3 && word[0] is 'ل' or 'ب' && Lexicon.InstitutionHeads.Contains(word[1..])) return false;
        // A conjunction or a preposition with the article ends the name: وأحمد، والرئيس، للصحفيين، بالقاهرة.
        if (word.Length > 3 && word[0] == 'و' && (Lexicon.IsGivenName(word[1..]) || _stopwords.Contains(word[1..]) || word[1..].StartsWith("ال", StringComparison.Ordinal)))
            return false;
        if (word.StartsWith("لل", StringComparison.Ordinal) || word.StartsWith("بال", StringComparison.Ordinal) || word.StartsWith("وال", StringComparison.Ordinal)
            || word.StartsWith("فال", StringComparison.Ordinal) || word.StartsWith("كال", StringComparison.Ordinal))
            return false;
        // An imperfect verb after a name (محمد يقول، هدى تؤكد): not a name word.
        if (word.Length >= 4 && word[0] is 'ي' or 'ت' && !Lexicon.IsGivenName(word)) return false;
        return true;
    }

    // مستشفى الملك فهد، ملعب محمد الخامس، شارع الحبيب بورقيبة: the name belongs to a place or institution.
    private bool InsideInstitution(string[] w, int first, Func<int, bool> joined)
    {
        int k = first - 1;
        if (k >= 0 && joined(first) && InnerTitles.Contains(w[k])) k--;
        if (k < 0 || !joined(k + 1)) return false;
        return Forms(w[k]).Any(f => Lexicon.InstitutionHeads.Contains(f.Form) || f.Form.StartsWith("ال", StringComparison.Ordinal) && Lexicon.InstitutionHeads.Contains(f.Form[2..]));
    }

    // The surname alone that a full name lends to later mentions: its last word (two for نصر الله، صلاح الدين).
    private static string[]? Surname(string[] name)
    {
        int words = name.Length;
        if (words < 2) return null;
        int take = CompoundEnds.Contains(name[^1]) ? 2 : 1;
        if (words <= take) return null;
        var surname = name[^take..];
        return surname[0].Length >= 3 ? surname : null;
    }

    // A shorter form of a name already found (غريفيث of مارتن غريفيث) or a longer one (محمد بن سلمان آل سعود).
    private static bool IsPartOf(string[] name, string[] other)
    {
        if (name.Length == 1) return other.Length > 1 && (other[^1] == name[0] || Surname(other) is { } s && s.Length == 1 && s[0] == name[0]);
        int shorter = Math.Min(name.Length, other.Length);
        return name.Take(shorter).SequenceEqual(other.Take(shorter)) || name[^1] == other[^1] && name.Length > 1 && other.Length > 1 && name[0] == other[0];
    }

    private static bool Matches(string[] w, int i, string[] alias, Func<int, bool> joined, bool[] taken)
    {
        if (i + alias.Length > w.Length) return false;
        for (int k = 1; k < alias.Length; k++)
            if (taken[i + k] || !joined(i + k) || w[i + k] != alias[k]) return false;
        return true;
    }

    // عون alone is a name when a title stands before it or a reporting verb next to it (قال عون، الرئيس عون).
    private bool SpeechOrTitleAround(string[] w, int first, int end, Func<int, bool> joined)
    {
        if (first > 0 && joined(first) && (_titleWords.Contains(w[first - 1]) || Forms(w[first - 1]).Any(f => verbs.Lookup(f.Form) is not null)))
            return true;
        return end < w.Length && joined(end) && Forms(w[end]).Any(f => verbs.Lookup(f.Form) is not null);
    }

    // المعروف بـ«أبو علي»، الملقب بالحكيم: the one or two words after the marker.
    private (int First, int End, int Skip)? Nickname(string[] w, int after, Func<int, bool> joined, bool[] taken)
    {
        foreach (var marker in Lexicon.NicknameMarkers)
        {
            int k = after;
            bool match = true;
            for (int m = 0; m < marker.Length - 1 && match; m++, k++) match = k < w.Length && w[k] == marker[m];
            if (!match || k >= w.Length) continue;
            string glue = marker[^1];
            int first, skip;
            if (w[k] == glue) { first = k + 1; skip = 0; }
            else if (w[k].StartsWith(glue, StringComparison.Ordinal) && w[k].Length > glue.Length + 1) { first = k; skip = glue.Length; }
            else continue;
            if (first >= w.Length || taken[first]) return null;
            int end = first + 1;
            if (w[first][skip..] is "ابو" or "ام" && end < w.Length && joined(end) && IsNameWord(w[end])) end++;
            return (first, end, skip);
        }
        return null;
    }

    private static int SentenceOf(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
