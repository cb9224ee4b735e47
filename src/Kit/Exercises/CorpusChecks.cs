using Kit.Corpus;
using Kit.Normalization;
using Kit.Normalization.Steps;

namespace Kit.Exercises;

/// <summary>
/// Checks for notebook 01 (the corpus and its normalization). Every expected value is worked out by the kit's own
/// code on the corpus the notebook loaded, so the checks hold on any corpus.
/// </summary>
public static class CorpusChecks
{
    /// <summary>Exercise 1.1: count the body paragraphs (headline left out) of a document.</summary>
    public static CheckResult CountParagraphs(Func<Document, int> countParagraphs, TextCorpus corpus)
    {
        const string exercise = "1.1";
        foreach (var document in corpus)
        {
            int answer = Check.Run(exercise, () => countParagraphs(document));
            int expected = document.Body.Count();
            Check.That(exercise, answer == expected,
                $"for {document.Id} you counted {answer}, but it has {expected} body {Plural(expected, "paragraph")}{(document.Headline is null ? "" : " (and a headline, which does not count)")}");
        }
        return Check.Passed(exercise, $"right for all {corpus.Count} documents: a document's Paragraphs include its headline, its Body does not.");
    }

    /// <summary>Exercise 1.2: how many "read also" lines did the cleaner remove from the corpus?</summary>
    public static CheckResult CountReadAlsoLines(Func<TextCorpus, int> countReadAlso, TextCorpus corpus)
    {
        const string exercise = "1.2";
        int expected = corpus.Clean().SelectMany(d => d.Removals).Count(r => r.Rule == "read-also");
        int answer = Check.Run(exercise, () => countReadAlso(corpus));
        Check.That(exercise, answer == expected, answer > expected
            ? $"you found {answer}, more than the cleaner removed: count only the removals of the rule read-also"
            : $"you found {answer}, fewer than the cleaner removed: did you clean the corpus you were given, and look at every document?");
        return Check.Passed(exercise, $"{expected} \"read also\" {Plural(expected, "link")}: every removal is recorded with its rule and place, so cleaning is never a black box.");
    }

    /// <summary>Exercise 1.3: the alef-forms step, written by the student, against the kit's own step.</summary>
    public static CheckResult FoldAlefs(Func<string, string> foldAlefs, TextCorpus corpus)
    {
        const string exercise = "1.3";
        var reference = new ArabicNormalizer([new AlefFormsStep()]);
        string[] samples = ["أمريكا امريكا إيرنست آشتون ٱلسورية", "لا ألف هنا: كيري"];
        foreach (var text in samples.Concat(corpus.SelectMany(d => d.Paragraphs).Select(p => p.Text)))
        {
            string answer = Check.Run(exercise, () => foldAlefs(text));
            string expected = reference.Apply(text);
            if (answer == expected) continue;
            Check.That(exercise, answer.Length == expected.Length,
                $"your text has {answer.Length} characters where it should have {expected.Length}: this step replaces letters, it never adds or removes one");
            int at = Enumerable.Range(0, answer.Length).First(i => answer[i] != expected[i]);
            Check.That(exercise, false, $"at character {at} of «{Excerpt(text, at)}» you wrote {Describe(answer[at])}, but the step writes {Describe(expected[at])} for {Describe(text[at])}");
        }
        return Check.Passed(exercise, "أ إ آ ٱ are one letter now: a normalization step is a map from character to character, and the kit keeps where each one came from.");
    }

    /// <summary>Exercise 1.4: the diacritics step, written by the student, against the kit's own step.</summary>
    public static CheckResult StripDiacritics(Func<string, string> stripDiacritics, TextCorpus corpus)
    {
        const string exercise = "1.4";
        var reference = new ArabicNormalizer([new DiacriticsStep()]);
        string[] samples = ["مُحَمَّدٌ قَالَ إِنَّ الْوَضْعَ صَعْبٌ", "هٰذا", "دقيقةً وموسكوُ"];
        foreach (var text in samples.Concat(corpus.SelectMany(d => d.Paragraphs).Select(p => p.Text)))
        {
            string answer = Check.Run(exercise, () => stripDiacritics(text));
            string expected = reference.Apply(text);
            if (answer == expected) continue;
            var left = answer.Where(ArabicChars.IsDiacritic).Distinct().ToList();
            Check.That(exercise, left.Count == 0, $"in «{Excerpt(text, 0)}» you left {string.Join(", ", left.Select(Describe))}: it is a diacritic too");
            Check.That(exercise, false, $"for «{Excerpt(text, 0)}» you gave «{Excerpt(answer, 0)}», the step gives «{Excerpt(expected, 0)}»: remove the marks and nothing else");
        }
        return Check.Passed(exercise, "short vowels, tanwin, shadda and sukun are gone: the step removes characters, so the normalized text is shorter than the original, and offsets must be mapped back.");
    }

    /// <summary>Exercise 1.5: a normalizer under which spelling variants of one name become one string.</summary>
    public static CheckResult MergeSpellings(Func<string, string> normalize)
    {
        const string exercise = "1.5";
        (string A, string B)[] mustMerge = [("سورية", "سوريه"), ("أمريكا", "امريكا"), ("آشتون", "اشتون"), ("إيرنست", "ايرنست"), ("مصطفى", "مصطفي")];
        foreach (var (a, b) in mustMerge)
        {
            string na = Check.Run(exercise, () => normalize(a));
            string nb = Check.Run(exercise, () => normalize(b));
            Check.That(exercise, na == nb, $"{a} became {na} but {b} became {nb}; they should be the same");
        }
        string kerry = Check.Run(exercise, () => normalize("كيري"));
        Check.That(exercise, kerry == "كيري", $"كيري should stay كيري, but became {kerry}: normalize spelling, do not change letters that carry meaning");
        return Check.Passed(exercise, "سورية and سوريه, أمريكا and امريكا now count as one word; the price: any two words that differ only in ة/ه merge too.");
    }

    /// <summary>Exercise 1.6 (question): which spellings does a search for امريكا find in text normalized by the standard profile?</summary>
    public static CheckResult WhichSpellings(Func<char> answer)
    {
        const string exercise = "1.6";
        string Kit(string s) => ArabicNormalizer.Standard.Apply(s);
        // The options, and which one the standard profile makes true.
        (char Option, string[] Found)[] options = [('a', ["امريكا"]), ('b', ["امريكا", "أمريكا"]), ('c', ["امريكا", "أمريكا", "أميركا"])];
        string[] candidates = ["امريكا", "أمريكا", "أميركا"];
        var found = candidates.Where(c => Kit(c) == Kit("امريكا")).ToHashSet();
        char expected = options.First(o => o.Found.ToHashSet().SetEquals(found)).Option;
        return Check.Answer(exercise, answer, expected,
            "normalization merges ways of writing one letter (أ → ا); it cannot merge two spellings that differ by a letter (أمريكا / أميركا): that is the gazetteer's work, in notebook 03.",
            given => given is 'a' or 'b' or 'c' ? $"'{given}' is not it: apply ArabicNormalizer.Standard to each spelling and compare" : $"answer 'a', 'b' or 'c', not '{given}'");
    }

    internal static string Plural(int n, string word) => n == 1 ? word : word + "s";

    private static string Excerpt(string text, int at)
    {
        int start = Math.Max(0, at - 15);
        int end = Math.Min(text.Length, at + 15);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    private static string Describe(char c) => $"{c} (U+{(int)c:X4})";
}
