using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>Checks for notebook 02 (tokenization). Every expected value was counted by reading the text.</summary>
public static class TokenizationChecks
{
    /// <summary>Exercise 2.1: count the words of a text (letters or digits; punctuation is no word).</summary>
    public static CheckResult CountWords(Func<string, int> countWords)
    {
        const string exercise = "2.1";
        const string hint = "Hint: WordTokenizer.Tokenize(text) finds the words; splitting on spaces counts a lone \":\" or \"-\" as a word and misses words joined by a comma.";
        // Counted by hand. The last four are where splitting on spaces goes wrong.
        (string Text, int Words)[] lines =
        [
            ("قال كيري: عرض الروس ان نجري حوارا", 7),
            ("استمر لنحو 50 دقيقة، في آب (أغسطس) 2014", 8),
            ("ماذا تريدون؟ كيف ننسق؟ ماذا نفعل؟", 6),
            ("مشاركة :", 1),
            ("عواصم - تسعى أميركا", 3),
            ("كيري،لافروف،شويغو", 3),
            ("وأضاف إيرنست في مؤتمر صحفي ” أعلم أن هناك", 8),
        ];
        foreach (var (text, expected) in lines)
        {
            int answer = Check.Run(exercise, () => countWords(text), hint);
            Check.That(exercise, answer == expected, $"in «{text}» you counted {answer} words, but it has {expected}. {hint}");
        }
        return Check.Passed(exercise, $"right on all {lines.Length} lines, including those where splitting on spaces goes wrong.");
    }

    /// <summary>Exercise 2.2: the base of a word, its clitics taken off (normalized, as the kit analyzer gives it).</summary>
    public static CheckResult BaseOfWord(Func<string, string> baseOf)
    {
        const string exercise = "2.2";
        const string hint = "Hint: KitAnalyzer.Default.Analyze(word) gives one KitToken per word; return its Base (clitics off, normalized), not its Stem.";
        // Read off by hand: و ف ب ل س and ال come off the front, a pronoun off the end; names and و-words stay whole.
        (string Word, string Base)[] words =
        [
            ("ولافروف", "لافروف"),
            ("بموسكو", "موسكو"),
            ("لروسيا", "روسيا"),
            ("وكيري", "كيري"),
            ("لدمشق", "دمشق"),
            ("وبالتنسيق", "تنسيق"),
            ("للأزمة", "ازمة"),
            ("بأميركا", "اميركا"),
            ("بلاده", "بلاد"),
            ("تصريحاته", "تصريحات"),
            ("بوتين", "بوتين"),
            ("واشنطن", "واشنطن"),
            ("وزير", "وزير"),
        ];
        foreach (var (word, expected) in words)
        {
            string answer = Check.Run(exercise, () => baseOf(word), hint);
            if (answer == expected) continue;
            string why = expected == word
                ? $"{word} has no clitic to take off: it must stay whole, but you made it {answer}."
                : $"the base of {word} is {expected}, but you gave {answer}.";
            Check.That(exercise, false, $"{why} {hint}");
        }
        return Check.Passed(exercise, "clitics off, and بوتين, واشنطن and وزير left whole.");
    }

    /// <summary>Exercise 2.3: the most frequent non-stopword base of a document, and how often it occurs.</summary>
    public static CheckResult MostFrequentBase(Func<Document, (string Base, int Count)> mostFrequentBase)
    {
        const string exercise = "2.3";
        const string hint = "Hint: KitAnalyzer.Default.Terms(document.AnalysisText) leaves stopwords out and gives each word's base as its Text; group by Text and take the biggest group.";
        // Counted in the files: in 003 كيري occurs 8 times (once as وكيري, once before a comma; موسكو, روسيا and
        // صحيفة 7 times each); in 001 سوريا occurs 11 times (قال and محادثات 7 times each).
        (string Id, string Base, int Count, string Note)[] expected =
        [
            ("003", "كيري", 8, "once as وكيري and once as «كيري،»"),
            ("001", "سوريا", 11, "three times before a full stop and once before a comma"),
        ];
        var corpus = CorpusLoader.LoadSeeds().Clean();
        foreach (var (id, name, count, note) in expected)
        {
            var document = corpus[id];
            var (answer, answerCount) = Check.Run(exercise, () => mostFrequentBase(document), hint);
            Check.That(exercise, answer == name,
                $"for {id} you found {answer} ({answerCount} times), but the most frequent word that is not a stopword is {name}, {count} times. {hint}");
            Check.That(exercise, answerCount == count,
                $"for {id} you found {name} right, but {answerCount} times: it occurs {count} times, {note}. {hint}");
        }
        return Check.Passed(exercise, "كيري leads 003 with 8, سوريا leads 001 with 11.");
    }
}
