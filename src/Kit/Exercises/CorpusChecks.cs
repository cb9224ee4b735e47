using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>Checks for notebook 01 (the corpus and its normalization).</summary>
public static class CorpusChecks
{
    /// <summary>Exercise 1.1: count the body paragraphs (headline left out) of a document.</summary>
    public static CheckResult CountParagraphs(Func<Document, int> countParagraphs)
    {
        const string exercise = "1.1";
        const string hint = "Hint: a document's Paragraphs include the headline when it has one; Body leaves it out.";
        var corpus = CorpusLoader.LoadSeeds();
        foreach (var document in corpus)
        {
            int answer = Check.Run(exercise, () => countParagraphs(document), hint);
            int expected = document.Body.Count();
            Check.That(exercise, answer == expected, $"for {document.Id} you counted {answer}, but it has {expected} body paragraphs. {hint}");
        }
        return Check.Passed(exercise, "right for all five seeds.");
    }

    /// <summary>Exercise 1.3: a normalizer under which spelling variants of one name become one string.</summary>
    public static CheckResult MergeSpellings(Func<string, string> normalize)
    {
        const string exercise = "1.3";
        const string hint = "Hint: start from ArabicNormalizer.Kit and add the optional step that folds ة into ه (.With(new TehMarbutaStep())).";
        (string A, string B)[] mustMerge = [("سورية", "سوريه"), ("أمريكا", "امريكا"), ("آشتون", "اشتون"), ("إيرنست", "ايرنست"), ("مصطفى", "مصطفي")];
        foreach (var (a, b) in mustMerge)
        {
            string na = Check.Run(exercise, () => normalize(a), hint);
            string nb = Check.Run(exercise, () => normalize(b), hint);
            Check.That(exercise, na == nb, $"{a} became {na} but {b} became {nb}; they should be the same. {hint}");
        }
        string kerry = Check.Run(exercise, () => normalize("كيري"), hint);
        Check.That(exercise, kerry == "كيري", $"كيري should stay كيري, but became {kerry}: normalize spelling, do not change letters that carry meaning.");
        return Check.Passed(exercise, "سورية and سوريه, أمريكا and امريكا now count as one word.");
    }

    /// <summary>Exercise 1.2: how many "read also" lines did the cleaner remove from the corpus?</summary>
    public static CheckResult CountReadAlsoLines(Func<TextCorpus, int> countReadAlso)
    {
        const string exercise = "1.2";
        const string hint = "Hint: clean the corpus, then look at each document's Removals and keep those whose Rule is \"read-also\".";
        // Two "اقرأ أيضاً" lines in seed 002, counted by reading the file.
        const int expected = 2;
        int answer = Check.Run(exercise, () => countReadAlso(CorpusLoader.LoadSeeds()), hint);
        Check.That(exercise, answer == expected, $"you found {answer}; the seeds have {expected} such lines. {hint}");
        return Check.Passed(exercise, "two \"read also\" links, both in seed 002.");
    }
}
